/**
 * Run-time check of content a deployer registers, against the shape of the built-in Dutch
 * content: no separate schema to keep in step with types.ts. Reports each wrong path, for
 * example `redFlags.flags.fever.question: expected a non-empty string`.
 */
import { isIsoDate } from '../dates/calendar-dates.js';
import { PROTOTYPE_KEYS } from './registry.js';

type Shape = unknown;

export interface ValidationOptions {
  /** When true, every path of the reference must be present (a new language). */
  complete: boolean;
}

export function validateAgainst(reference: Shape, candidate: unknown, options: ValidationOptions): string[] {
  const errors: string[] = [];
  check(reference, candidate, '', options.complete, errors);
  return errors;
}

function describe(reference: Shape): string {
  if (typeof reference === 'string') return 'a non-empty string';
  if (typeof reference === 'number') return 'a number';
  if (typeof reference === 'function') return 'a function that returns text';
  if (Array.isArray(reference)) return 'a non-empty list';
  return 'an object';
}

function join(path: string, name: string | number): string {
  if (typeof name === 'number') return `${path}[${name}]`;
  return path ? `${path}.${name}` : name;
}

function check(reference: Shape, candidate: unknown, path: string, complete: boolean, errors: string[]): void {
  const where = path || '(root)';
  const fail = (): void => {
    errors.push(`${where}: expected ${describe(reference)}`);
  };

  if (typeof reference === 'string') {
    if (typeof candidate !== 'string' || candidate.trim() === '') return fail();
    if (ISO_DATE.test(reference) && !isIsoDate(candidate)) errors.push(`${where}: expected an ISO date (YYYY-MM-DD)`);
  } else if (typeof reference === 'number') {
    if (typeof candidate !== 'number' || !Number.isFinite(candidate)) fail();
  } else if (typeof reference === 'function') {
    if (typeof candidate !== 'function') return fail();
    // A text function must return text for a sample number (other input is guarded where texts are applied).
    let sample: unknown;
    try {
      sample = (candidate as (...args: number[]) => unknown)(1, 2);
    } catch {
      sample = undefined;
    }
    if (typeof sample !== 'string' || sample.trim() === '') {
      errors.push(`${where}: expected a function that returns a non-empty string`);
    }
  } else if (Array.isArray(reference)) {
    if (!Array.isArray(candidate) || candidate.length === 0) return fail();
    candidate.forEach((item, index) => check(reference[0], item, join(path, index), true, errors));
  } else if (typeof reference === 'object' && reference !== null) {
    if (typeof candidate !== 'object' || candidate === null || Array.isArray(candidate)) return fail();
    const given = candidate as Record<string, unknown>;
    const expected = reference as Record<string, unknown>;
    // Own keys only: an inherited name (toString) is no text, and a key that reaches a
    // prototype (JSON.parse makes "__proto__" an own key) never gets as far as a merge.
    for (const name of Object.keys(given)) {
      if (PROTOTYPE_KEYS.has(name)) {
        errors.push(`${join(path, name)}: this key is not allowed`);
        continue;
      }
      if (Object.hasOwn(expected, name)) continue;
      const kind = optionalKind(path, name);
      if (!kind) errors.push(`${join(path, name)}: unknown key`);
      else if (typeof given[name] !== kind || given[name] === '') errors.push(`${join(path, name)}: expected ${kind === 'number' ? 'a number' : 'a non-empty string'}`);
    }
    for (const [name, value] of Object.entries(expected)) {
      if (Object.hasOwn(given, name)) check(value, given[name], join(path, name), complete, errors);
      else if (complete && !optionalKind(path, name)) errors.push(`${join(path, name)}: missing`);
    }
  }
}

/** The optional fields of the schema, all on sources: what each must be when given. */
function optionalKind(path: string, name: string): 'number' | 'string' | undefined {
  if (!path.startsWith('sources.')) return undefined;
  return name === 'year' ? 'number' : name === 'about' ? 'string' : undefined;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

