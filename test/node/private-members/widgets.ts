/**
 * Classes for test/node/private-members.test.mjs: each member's comment says whether the drop-in
 * files may shorten its name, and why.
 */
import { LitElement, html, type PropertyDeclarations, type PropertyValues } from 'lit';

export const exportedName = 'a module export is a property of its namespace object';
const texts = { contentKey: 'a key of a content object' };

export class FixtureBase extends LitElement {
  static override properties: PropertyDeclarations = {
    shownStep: { state: true },
    readByName: { state: true },
    withAttribute: {},
  };

  /** Shortened: a state-only reactive property, its key in `properties` too. */
  private shownStep = 0;
  /** Kept: `changed.has('readByName')` reaches it by its name. */
  private readByName = 0;
  /** Kept: reactive with an attribute, named after it. */
  protected withAttribute = '';
  /** Shortened: only our classes use it, the override below included. */
  protected renderPart() {
    return html`${this.shownStep} ${this.readByName} ${this.withAttribute} ${this.sharedName} ${this.touched} ${this.contentKey} ${this.exportedName}`;
  }
  /** Kept: another class declares it public. */
  private sharedName = 1;
  /** Kept: a DOM property name, which terser never shortens. */
  private touched = false;
  /** Kept: a key of a content object. */
  private contentKey = texts.contentKey;
  /** Kept: the name of a module export. */
  private exportedName = exportedName;
  /** Kept: named in a template, as a property binding is. */
  private boundByTemplate = 'x';

  /** Kept: overrides Lit's, which Lit calls by its name. */
  protected override willUpdate(changed: PropertyValues) {
    if (changed.has('readByName')) this.shownStep += 1;
  }

  protected override render() {
    return html`<p .boundByTemplate=${this.boundByTemplate}>${this.renderPart()}</p>`;
  }
}

export class FixtureChild extends FixtureBase {
  /** Shortened: overrides a member of our own. */
  protected override renderPart() {
    return html`child`;
  }
}

export class FixtureOther {
  sharedName = 2;
}
