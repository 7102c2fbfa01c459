// Follows a task that runs on the server (a rebuild of the search index, a WordPress
// import): polls its status, moves the progress bar, and reloads the page for the result
// when the task is over. Without JavaScript the page refreshes itself instead.
(function () {
  'use strict';
  document.addEventListener('DOMContentLoaded', function () {
    var box = document.querySelector('[data-status-url][data-running]');
    if (!box || box.dataset.running !== 'true' || !window.fetch) {
      return;
    }
    var bar = box.querySelector('progress');
    var count = box.querySelector('[data-progress-count]');
    function poll() {
      fetch(box.dataset.statusUrl, { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
        .then(function (response) {
          if (!response.ok) {
            throw new Error('status ' + response.status);
          }
          return response.json();
        })
        .then(function (status) {
          if (!status.running) {
            window.location.reload();
            return;
          }
          bar.value = status.percent;
          bar.textContent = status.percent + '%';
          if (count && count.textContent !== status.progress) {
            count.textContent = status.progress;
          }
          window.setTimeout(poll, 1000);
        })
        .catch(function () {
          window.setTimeout(poll, 5000);
        });
    }
    window.setTimeout(poll, 1000);
  });
})();
