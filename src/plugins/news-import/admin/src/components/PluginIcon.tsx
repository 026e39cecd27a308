import { Feather, ListPlus } from '@strapi/icons';

export const PluginIcon = () => <Feather />;
export const ReviewIcon = () => <ListPlus />;
