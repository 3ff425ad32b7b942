import { defineElement } from '../internal/define.js';
import { BackPainRedflags } from './back-pain-redflags.js';

export { BackPainRedflags };

defineElement('back-pain-redflags', BackPainRedflags);

declare global {
  interface HTMLElementTagNameMap {
    'back-pain-redflags': BackPainRedflags;
  }
}
