import register from './register';
import bootstrap from './bootstrap';

export default {
  register,
  bootstrap,
};
