/**
 * Text whose direction comes from its content (`dir="auto"`): an Arabic headline reads right to
 * left and, when cut, is cut at the end of its line in reading order, so its first words show.
 */
import { Typography, type TypographyProps } from '@strapi/design-system';

export const BidiText = ({ ellipsis = false, ...props }: TypographyProps<any> & { ellipsis?: boolean }) => (
  <Typography
    dir="auto"
    {...props}
    style={{
      unicodeBidi: 'plaintext',
      textAlign: 'start',
      display: 'block',
      ...(ellipsis ? { overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap', maxWidth: '100%' } : {}),
      ...props.style,
    }}
  />
);
