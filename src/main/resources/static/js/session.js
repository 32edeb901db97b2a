// The warning before the idle timeout ends a signed-in session (WCAG 2.2.1, Timing Adjustable):
// shown two minutes before, it lets the person stay with one button, which renews the session in the
// background. Without script the warning stays hidden and the button, if reached, posts its form.
(function () {
  'use strict';
  var warning = document.getElementById('session-warning');
  if (!warning) {
    return;
  }
  var idleSeconds = parseInt(warning.getAttribute('data-idle-seconds'), 10);
  var warnSeconds = parseInt(warning.getAttribute('data-warn-seconds'), 10);
  if (!(idleSeconds > warnSeconds)) {
    return;
  }
  var form = warning.querySelector('form');
  var active = warning.querySelector('.session-warning-active');
  var ended = warning.querySelector('.session-warning-ended');
  var warnTimer;
  var endTimer;

  function schedule() {
    clearTimeout(warnTimer);
    clearTimeout(endTimer);
    warnTimer = setTimeout(function () {
      active.hidden = false;
      ended.hidden = true;
      warning.hidden = false;
    }, (idleSeconds - warnSeconds) * 1000);
    endTimer = setTimeout(function () {
      active.hidden = true;
      ended.hidden = false;
      warning.hidden = false;
    }, idleSeconds * 1000);
  }

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    var data = new FormData(form);
    data.delete('back');
    fetch(form.action, { method: 'POST', body: data, credentials: 'same-origin' })
      .then(function (response) {
        if (response.ok) {
          warning.hidden = true;
          schedule();
        } else {
          form.submit();
        }
      })
      .catch(function () { form.submit(); });
  });

  schedule();
}());
