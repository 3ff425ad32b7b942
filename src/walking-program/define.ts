import { defineElement } from '../internal/define.js';
import { WalkingProgram } from './walking-program.js';

export { WalkingProgram };

defineElement('walking-program', WalkingProgram);

declare global {
  interface HTMLElementTagNameMap {
    'walking-program': WalkingProgram;
  }
}
