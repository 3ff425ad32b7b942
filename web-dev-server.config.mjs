/** `npm start`: builds, then serves the demo page, which uses the drop-in bundle as a clinic would. */

export default {
  open: false,
  rootDir: '.',
  port: Number(process.env.PORT ?? 8000),
  middleware: [
    // The demo lives in demo/; the server's root leads there.
    function demoAtRoot(context, next) {
      if (context.url === '/') return context.redirect('/demo/');
      return next();
    },
  ],
};
