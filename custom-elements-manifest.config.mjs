/**
 * Custom Elements Manifest analyzer: reads the JSDoc on the widget classes. The plugins below
 * make the manifest describe the package as it ships, so tools that read it (JSX types, React
 * wrappers, editor data, Storybook, the configurator) can trust it.
 */
import { dirname, posix } from 'node:path';
import ts from 'typescript';

const sourceGlobs = ['src/**/*.ts'];

export default {
  globs: sourceGlobs,
  // The manifest describes the elements; styles, texts and drawings are their insides, and a
  // change there must not make the manifest stale.
  exclude: ['src/content/**', 'src/styles/**', 'src/**/*.styles.ts', 'src/**/icons.ts', 'src/**/illustrations.ts'],
  outdir: '.',
  litelement: true,
  packagejson: false,
  plugins: [
    privateFieldsAreNotAttributes(),
    abstractClassesAreNotElements(),
    literalTypes(),
    definitionsInDefineModules(),
    // Last but one: the plugins above find the TypeScript sources by their src/ paths.
    shippedModulePaths(),
    sortModulesByPath(),
  ],
};

/**
 * Internal state is declared in `static properties` with `state: true`, which the analyzer reads
 * as an attribute. A private field is never part of the element's API.
 */
function privateFieldsAreNotAttributes() {
  return {
    name: 'private-fields-are-not-attributes',
    packageLinkPhase({ customElementsManifest }) {
      for (const declaration of declarationsOf(customElementsManifest)) {
        const privateFields = new Set(
          (declaration.members ?? []).filter((member) => member.privacy === 'private').map((member) => member.name),
        );
        for (const member of declaration.members ?? []) if (privateFields.has(member.name)) delete member.attribute;
        if (declaration.attributes) {
          declaration.attributes = declaration.attributes.filter((attribute) => !privateFields.has(attribute.fieldName));
        }
      }
    },
  };
}

/** An abstract class (the shared base) cannot be registered, so it is no element of its own. */
function abstractClassesAreNotElements() {
  const abstractClasses = new Set();
  return {
    name: 'abstract-classes-are-not-elements',
    analyzePhase({ ts, node, moduleDoc }) {
      if (ts.isClassDeclaration(node) && node.name && node.modifiers?.some((m) => m.kind === ts.SyntaxKind.AbstractKeyword)) {
        abstractClasses.add(`${moduleDoc.path}#${node.name.text}`);
      }
    },
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          if (!abstractClasses.has(`${module.path}#${declaration.name}`)) continue;
          delete declaration.customElement;
          delete declaration.tagName;
        }
      }
    },
  };
}

/**
 * Attribute and property types as the values they accept (`'auto' | 'light' | 'dark'`), not the
 * names of type aliases, which tools outside the package cannot resolve. The TypeScript checker
 * expands them, so the manifest follows any change to an alias.
 */
function literalTypes() {
  return {
    name: 'literal-types',
    packageLinkPhase({ customElementsManifest }) {
      const program = sourceProgram();
      const checker = program.getTypeChecker();
      for (const module of customElementsManifest.modules) {
        const source = program.getSourceFile(module.path);
        for (const declaration of module.declarations ?? []) {
          if (!declaration.customElement || !source) continue;
          const classNode = source.statements.find((s) => ts.isClassDeclaration(s) && s.name?.text === declaration.name);
          if (!classNode) continue;
          const instance = checker.getDeclaredTypeOfSymbol(checker.getSymbolAtLocation(classNode.name));
          const typeOf = (name) => {
            const property = checker.getPropertyOfType(instance, name);
            return property && printType(checker, checker.getTypeOfSymbol(property));
          };
          for (const member of declaration.members ?? []) {
            if (member.kind !== 'field' || member.privacy || member.static || !member.type) continue;
            member.type = { text: typeOf(member.name) ?? member.type.text };
          }
          for (const attribute of declaration.attributes ?? []) {
            if (!attribute.fieldName || !attribute.type) continue;
            attribute.type = { text: typeOf(attribute.fieldName) ?? attribute.type.text };
          }
        }
      }
    },
  };
}

function sourceProgram() {
  const config = ts.getParsedCommandLineOfConfigFile('tsconfig.build.json', {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic() {} });
  return ts.createProgram(config.fileNames.map((file) => posix.relative(process.cwd(), file)), config.options);
}

/** A type with every alias expanded one level: a union is printed member by member. */
function printType(checker, type) {
  const flags = ts.TypeFormatFlags.UseSingleQuotesForStringLiteralType | ts.TypeFormatFlags.NoTruncation;
  if (!type.isUnion()) return checker.typeToString(type, undefined, flags);
  const parts = type.types.filter((part) => !(part.flags & (ts.TypeFlags.BooleanLiteral | ts.TypeFlags.Undefined | ts.TypeFlags.Null)));
  const texts = parts.map((part) => checker.typeToString(part, undefined, flags));
  // TypeScript splits boolean into true | false and lists undefined first; people write neither.
  if (type.types.some((part) => part.flags & ts.TypeFlags.BooleanLiteral)) texts.push('boolean');
  if (type.types.some((part) => part.flags & ts.TypeFlags.Null)) texts.push('null');
  if (type.types.some((part) => part.flags & ts.TypeFlags.Undefined)) texts.push('undefined');
  return texts.join(' | ');
}

/**
 * Each define module (`defineElement('tag', Class)`) declares its tag with a
 * custom-element-definition export pointing at the class's own module, and re-exports the class
 * from there. What the analyzer reads into `customElements.define(tag, element)` inside the
 * shared helper is no definition.
 */
function definitionsInDefineModules() {
  const definitions = new Map();
  return {
    name: 'definitions-in-define-modules',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isCallExpression(node) || !ts.isIdentifier(node.expression) || node.expression.text !== 'defineElement') return;
      const [tag, element] = node.arguments;
      if (!tag || !element || !ts.isStringLiteral(tag) || !ts.isIdentifier(element)) return;
      definitions.set(moduleDoc.path, [...(definitions.get(moduleDoc.path) ?? []), { tag: tag.text, className: element.text }]);
    },
    packageLinkPhase({ customElementsManifest }) {
      const declaringModule = new Map();
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) declaringModule.set(declaration.name, module.path);
      }
      const isElement = (name, path) =>
        customElementsManifest.modules
          .find((module) => module.path === path)
          ?.declarations?.some((declaration) => declaration.name === name && declaration.customElement);
      for (const module of customElementsManifest.modules) {
        const exports = (module.exports ?? []).filter(
          (entry) => entry.kind !== 'custom-element-definition' || isElement(entry.declaration.name, entry.declaration.module),
        );
        // A re-export names the module that declares the class, not the one that passes it on.
        for (const entry of exports) {
          const declared = declaringModule.get(entry.declaration.name);
          if (entry.declaration.module === module.path && declared && declared !== module.path) entry.declaration.module = declared;
        }
        for (const { tag, className } of definitions.get(module.path) ?? []) {
          exports.push({
            kind: 'custom-element-definition',
            name: tag,
            declaration: { name: className, module: declaringModule.get(className) ?? module.path },
          });
        }
        module.exports = exports;
      }
    },
  };
}

/**
 * Module paths as they ship: the analyzer reads src/**\/*.ts, the package holds dist/**\/*.js.
 * Relative and root-relative references become package paths too.
 */
function shippedModulePaths() {
  const shipped = (path, fromModule) => {
    const resolved = path.startsWith('.') ? posix.join(dirname(fromModule), path) : path.replace(/^\//, '');
    return resolved.replace(/^src\//, 'dist/').replace(/\.ts$/, '.js');
  };
  const rewrite = (value, fromModule) => {
    if (Array.isArray(value)) value.forEach((item) => rewrite(item, fromModule));
    else if (value && typeof value === 'object') {
      for (const [key, inner] of Object.entries(value)) {
        if (key === 'module' && typeof inner === 'string') value.module = shipped(inner, fromModule);
        else rewrite(inner, fromModule);
      }
    }
  };
  return {
    name: 'shipped-module-paths',
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        rewrite(module.declarations, module.path);
        rewrite(module.exports, module.path);
        module.path = shipped(module.path, module.path);
      }
    },
  };
}

/**
 * Modules in path order, whatever order the file system lists them in, so the committed manifest
 * is the same on every machine and the staleness check is fair.
 */
function sortModulesByPath() {
  return {
    name: 'sort-modules-by-path',
    packageLinkPhase({ customElementsManifest }) {
      customElementsManifest.modules.sort((a, b) => a.path.localeCompare(b.path));
    },
  };
}

function declarationsOf(manifest) {
  return manifest.modules.flatMap((module) => module.declarations ?? []);
}
