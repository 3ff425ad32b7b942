/** `npm start`: serves the demo page from the TypeScript sources, reloading on change. */
import { esbuildPlugin } from '@web/dev-server-esbuild';

export default {
  open: false,
  watch: true,
  nodeResolve: true,
  rootDir: '.',
  port: Number(process.env.PORT ?? 8000),
  middleware: [
    // The demo lives in demo/; the server's root leads there.
    function demoAtRoot(context, next) {
      if (context.url === '/') return context.redirect('/demo/');
      return next();
    },
  ],
  plugins: [esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'es2022' })],
};
