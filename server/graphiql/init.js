// Boots GraphiQL on the page served by package graphiql. It lives in its own
// file rather than inline so the page's Content-Security-Policy can forbid
// inline scripts; the endpoint comes in through a data attribute for the
// same reason.
(function () {
  'use strict';
  var root = document.getElementById('graphiql');
  // The endpoint is used as given, so a relative one resolves against the
  // page's own URL, which keeps the page working behind path prefixes.
  var fetcher = GraphiQL.createFetcher({ url: root.dataset.endpoint });
  ReactDOM.createRoot(root).render(
    React.createElement(GraphiQL, {
      fetcher: fetcher,
      // Users paste an Authorization header here; GraphiQL merges these
      // headers into every request the fetcher sends.
      isHeadersEditorEnabled: true,
      // Not persisted: a bearer token left in localStorage would outlive the
      // session on a shared workstation.
      shouldPersistHeaders: false,
    })
  );
})();
