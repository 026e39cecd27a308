/**
 * Type-ahead over the titles of one locale's articles, for choosing the target of a link.
 */
import { useEffect, useState } from 'react';

import { Combobox, ComboboxOption } from '@strapi/design-system';

import { useNewsImportApi, type Target } from '../services/api';
import { useT } from '../utils/useT';

type Props = {
  locale: string;
  /** The article listing the link: it is never its own target. */
  exclude?: string;
  label: string;
  onPick: (target: Target) => void;
};

export const TargetPicker = ({ locale, exclude, label, onPick }: Props) => {
  const t = useT();
  const api = useNewsImportApi();
  const [text, setText] = useState('');
  const [options, setOptions] = useState<Target[]>([]);
  const [loading, setLoading] = useState(false);

  useEffect(() => {
    const q = text.trim();
    if (q.length < 2) {
      setOptions([]);
      return undefined;
    }
    let current = true;
    setLoading(true);
    const timer = setTimeout(() => {
      api
        .titles({ locale, q, exclude })
        .then((found) => current && setOptions(found))
        .catch(() => current && setOptions([]))
        .finally(() => current && setLoading(false));
    }, 250);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [api, text, locale, exclude]);

  return (
    <Combobox
      aria-label={label}
      placeholder={t('picker.placeholder')}
      dir="auto"
      autocomplete="none"
      loading={loading}
      noOptionsMessage={() => (text.trim().length < 2 ? t('picker.typeMore') : t('picker.none'))}
      textValue={text}
      onTextValueChange={setText}
      onInputChange={(event) => setText(event.currentTarget.value)}
      onChange={(documentId?: string) => {
        const picked = options.find((option) => option.documentId === documentId);
        if (picked) onPick(picked);
      }}
    >
      {options.map((option) => (
        <ComboboxOption key={option.documentId} value={option.documentId}>
          <span dir="auto">{option.title}</span>
        </ComboboxOption>
      ))}
    </Combobox>
  );
};
