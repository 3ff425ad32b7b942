import vue from '@vitejs/plugin-vue';
import { isCustomElement } from 'back-pain-widgets/vue';

export default {
  // The widgets are custom elements, not Vue components: Vue leaves them to the browser.
  plugins: [vue({ template: { compilerOptions: { isCustomElement } } })],
};
