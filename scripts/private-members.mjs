/**
 * Which property names terser may shorten in the drop-in files (dist/cdn), found in the source
 * with the TypeScript compiler, so that a new private member is shortened without anyone keeping
 * a list.
 *
 * Terser renames a property by its name, everywhere in a chunk: `this.renderForm` and any other
 * `.renderForm`. A name is safe only if every use of it, in our code and in the libraries the
 * files bundle, is a member that only our own classes use. So a name is shortened when:
 * - a class in src/ declares it `private` or `protected` (an `override` only of such a member of
 *   our own: never of Lit's or the DOM's, which call them by their names);
 * - every other place the name stands as a property (`a.name`, `{ name }`, an interface, an
 *   export, a destructuring) is a use of such a member, as the type checker sees it;
 * - no string or template in src/ contains it: `changed.has('step')`, `.step=${…}` in a template,
 *   `this['step']` reach a property by its name, which terser does not follow;
 * - it is not a reactive property with an attribute (`static properties`): its attribute is named
 *   after it. A state-only one (`{ state: true }` or `attribute: false`) may be shortened, key too;
 * - the bundled libraries (Lit) neither use it as a property nor in a string;
 * - terser itself would not keep it (DOM and built-in names: `builtins: false`, its default).
 *
 * Every other property name of our code and of the libraries is returned as `reserved`, so that
 * no short name terser makes for one chunk equals a property of another (e.g. Lit's `this.l`).
 * The npm modules (dist/ from tsc) keep their names: only the drop-in files use this.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { minify } from 'terser';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Words that could be property names, in a string or template text. */
const words = (text) => text.match(/[A-Za-z_$][\w$]*/g) ?? [];

const hasModifier = (node, kind) => Boolean(ts.getModifiers(node)?.some((modifier) => modifier.kind === kind));
const isPrivateOrProtected = (node) => hasModifier(node, ts.SyntaxKind.PrivateKeyword) || hasModifier(node, ts.SyntaxKind.ProtectedKeyword);

const isClassMember = (node) =>
  ts.isPropertyDeclaration(node) || ts.isMethodDeclaration(node) || ts.isGetAccessorDeclaration(node) || ts.isSetAccessorDeclaration(node);

/** `constructor(private readonly host: …)` declares a member too. */
const isParameterProperty = (node) => ts.isParameter(node) && ts.isConstructorDeclaration(node.parent) && isPrivateOrProtected(node);

/** The identifier that stands as a property name here, or undefined (a variable, a type name…). */
function propertyName(node) {
  const { parent } = node;
  if (!ts.isIdentifier(node) || !parent) return undefined;
  if (ts.isPropertyAccessExpression(parent) && parent.name === node) return node;
  if (ts.isBindingElement(parent) && ts.isObjectBindingPattern(parent.parent)) {
    return parent.propertyName === node || (!parent.propertyName && parent.name === node) ? node : undefined;
  }
  if (ts.isShorthandPropertyAssignment(parent) || ts.isExportSpecifier(parent) || ts.isImportSpecifier(parent)) return node;
  const named =
    ts.isPropertyAssignment(parent) ||
    ts.isPropertySignature(parent) ||
    ts.isMethodSignature(parent) ||
    ts.isEnumMember(parent) ||
    isClassMember(parent) ||
    isParameterProperty(parent) ||
    // An exported declaration is a property of its module's namespace object (`import * as nl`).
    ((ts.isVariableDeclaration(parent) || ts.isFunctionDeclaration(parent) || ts.isClassDeclaration(parent)) && isExported(parent));
  return named && parent.name === node ? node : undefined;
}

function isExported(declaration) {
  const statement = ts.isVariableDeclaration(declaration) ? declaration.parent.parent : declaration;
  return hasModifier(statement, ts.SyntaxKind.ExportKeyword);
}

/** Walks every node of a source file, types included (`PropertyValues<Pick<this, 'step'>>`). */
function walk(sourceFile, visit) {
  const visitAll = (node) => {
    visit(node);
    ts.forEachChild(node, visitAll);
  };
  visitAll(sourceFile);
}

/** The state-only reactive properties of a class, from `static properties = { name: { state: true } }`. */
function stateOnlyKeys(classNode) {
  const keys = new Set();
  for (const member of classNode.members) {
    if (!ts.isPropertyDeclaration(member) || !hasModifier(member, ts.SyntaxKind.StaticKeyword)) continue;
    if (member.name.getText() !== 'properties' || !member.initializer || !ts.isObjectLiteralExpression(member.initializer)) continue;
    for (const declaration of member.initializer.properties) {
      if (!ts.isPropertyAssignment(declaration) || !ts.isObjectLiteralExpression(declaration.initializer)) continue;
      const options = declaration.initializer.properties.filter(ts.isPropertyAssignment);
      const option = (name) => options.find((option) => option.name.getText() === name)?.initializer.kind;
      if (option('state') === ts.SyntaxKind.TrueKeyword || option('attribute') === ts.SyntaxKind.FalseKeyword) keys.add(declaration.name);
    }
  }
  return keys;
}

/** The private and protected members of our classes, as declaration nodes. */
function privateDeclarations(sourceFiles, checker) {
  const declared = new Set();
  const overrides = [];
  for (const sourceFile of sourceFiles) {
    walk(sourceFile, (node) => {
      if (!(isClassMember(node) && isPrivateOrProtected(node)) && !isParameterProperty(node)) return;
      if (!ts.isIdentifier(node.name)) return;
      if (hasModifier(node, ts.SyntaxKind.OverrideKeyword)) overrides.push(node);
      else declared.add(node);
    });
  }
  // An override joins once every member it overrides is one of ours (chains take several rounds).
  const overridden = (member) => {
    const classType = checker.getTypeAtLocation(member.parent);
    const bases = checker.getBaseTypes(classType);
    return bases.flatMap((base) => checker.getPropertyOfType(base, member.name.text)?.declarations ?? [undefined]);
  };
  for (let added = true; added; ) {
    added = false;
    for (const member of overrides) {
      if (declared.has(member)) continue;
      const bases = overridden(member);
      if (bases.length && bases.every((base) => declared.has(base))) {
        declared.add(member);
        added = true;
      }
    }
  }
  return declared;
}

/** The package.json of `name` as Node finds it from `from` (exports maps may hide the file itself). */
function packageManifest(name, from) {
  const folder = createRequire(from).resolve.paths(name).find((candidate) => existsSync(join(candidate, name, 'package.json')));
  if (!folder) throw new Error(`${name} is not installed (needed by ${from})`);
  return join(folder, name, 'package.json');
}

const dependencies = (manifest) => Object.keys(JSON.parse(readFileSync(manifest, 'utf8')).dependencies ?? {});

/** Property names and string words in the JavaScript of the bundled libraries (Lit and what it needs). */
function libraryNames(packageJson, properties, strings) {
  const seen = new Set();
  const addPackage = (manifest) => {
    if (seen.has(manifest)) return;
    seen.add(manifest);
    const folder = dirname(manifest);
    for (const file of readdirSync(folder, { recursive: true })) {
      if (!file.endsWith('.js') || file.split(/[\\/]/).includes('node_modules')) continue;
      const source = ts.createSourceFile(file, readFileSync(join(folder, file), 'utf8'), ts.ScriptTarget.Latest, true, ts.ScriptKind.JS);
      walk(source, (node) => {
        if (ts.isStringLiteralLike(node) || ts.isTemplateLiteralToken(node)) for (const word of words(node.text)) strings.add(word);
        const property = propertyName(node);
        if (property) properties.add(property.text);
      });
    }
    for (const dependency of dependencies(manifest)) addPackage(packageManifest(dependency, manifest));
  };
  for (const dependency of dependencies(packageJson)) addPackage(packageManifest(dependency, packageJson));
}

/** Of `names`, those terser keeps anyway (DOM and built-in properties). */
async function keptByTerser(names) {
  const code = `export function f(x) { ${names.map((name) => `x.${name}();`).join(' ')} }`;
  const regex = new RegExp(`^(?:${names.join('|')})$`);
  const { code: minified } = await minify(code, { module: true, compress: false, mangle: { properties: { regex } } });
  return new Set(names.filter((name) => minified.includes(`.${name}(`)));
}

/**
 * `mangled`: the names to shorten, sorted. `reserved`: every other property name of the build,
 * for terser's `mangle.properties.reserved`.
 */
export async function privateMembers({ project = join(root, 'tsconfig.build.json') } = {}) {
  const onUnRecoverableConfigFileDiagnostic = (diagnostic) => {
    throw new Error(`${project}: ${ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n')}`);
  };
  const config = ts.getParsedCommandLineOfConfigFile(project, {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic });
  const program = ts.createProgram(config.fileNames, config.options);
  const checker = program.getTypeChecker();
  const sourceFiles = program.getSourceFiles().filter((file) => !file.isDeclarationFile && config.fileNames.includes(file.fileName));

  const declared = privateDeclarations(sourceFiles, checker);
  const candidates = new Set([...declared].map((member) => member.name.text));
  const isOurs = (symbol) => Boolean(symbol?.declarations?.length) && symbol.declarations.every((declaration) => declared.has(declaration));

  const publicNames = new Set();
  const inStrings = new Set();
  const stateKeys = new Set();
  for (const sourceFile of sourceFiles) {
    walk(sourceFile, (node) => {
      if (ts.isStringLiteralLike(node) || ts.isTemplateLiteralToken(node)) for (const word of words(node.text)) inStrings.add(word);
      if (ts.isClassLike(node)) {
        // A state-only reactive property's key in `static properties` names the member itself.
        const members = checker.getTypeAtLocation(node);
        for (const key of stateOnlyKeys(node)) if (isOurs(checker.getPropertyOfType(members, key.getText()))) stateKeys.add(key);
      }
      const property = propertyName(node);
      if (!property || declared.has(property.parent) || stateKeys.has(property)) return;
      if (!isOurs(checker.getSymbolAtLocation(property))) publicNames.add(property.text);
    });
  }

  libraryNames(join(root, 'package.json'), publicNames, inStrings);

  const maybe = [...candidates].filter((name) => !publicNames.has(name) && !inStrings.has(name));
  const kept = maybe.length ? await keptByTerser(maybe) : new Set();
  const mangled = maybe.filter((name) => !kept.has(name)).sort();
  const reserved = [...publicNames].sort();
  return { mangled, reserved };
}
