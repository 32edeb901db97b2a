// Passkeys (issue 12), progressive enhancement: without script, or in a browser that cannot use
// passkeys, nothing here runs and the page stays as it is (password and e-mailed code).
// - "Mon compte": adding a passkey (#passkey-form): the label, then the browser's ceremony with
//   Spring Security's endpoints (/webauthn/register/options, /webauthn/register).
// - The team's sign-in (#passkey-sign-in): /webauthn/authenticate/options, then /login/webauthn.
// Every message comes from the page (data- attributes, from the message bundles); the CSRF token is
// sent in the header Spring Security names.
(function () {
  'use strict';

  var supported = !!(window.PublicKeyCredential && navigator.credentials && navigator.credentials.create
    && window.fetch && window.TextEncoder);

  function base64urlToBuffer(text) {
    var base64 = text.replace(/-/g, '+').replace(/_/g, '/');
    var binary = window.atob(base64);
    var bytes = new Uint8Array(binary.length);
    for (var i = 0; i < binary.length; i++) {
      bytes[i] = binary.charCodeAt(i);
    }
    return bytes.buffer;
  }

  function bufferToBase64url(buffer) {
    var bytes = new Uint8Array(buffer);
    var binary = '';
    for (var i = 0; i < bytes.length; i++) {
      binary += String.fromCharCode(bytes[i]);
    }
    return window.btoa(binary).replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_');
  }

  function post(url, csrfHeader, csrfToken, body) {
    var headers = { 'Content-Type': 'application/json', 'Accept': 'application/json' };
    headers[csrfHeader] = csrfToken;
    return fetch(url, {
      method: 'POST',
      credentials: 'same-origin',
      headers: headers,
      body: body === undefined ? undefined : JSON.stringify(body)
    });
  }

  /** An error that names the message to show (a data-error-* attribute). */
  function failure(kind) {
    var error = new Error(kind);
    error.kind = kind;
    return error;
  }

  /** What a refused browser ceremony means for the person. */
  function ceremonyFailure(error) {
    if (error && error.name === 'InvalidStateError') {
      return failure('exists');
    }
    if (error && (error.name === 'NotAllowedError' || error.name === 'AbortError')) {
      return failure('cancelled');
    }
    return failure('failed');
  }

  function show(box, text) {
    box.querySelector('.error-text').textContent = text;
    box.hidden = false;
    box.focus();
  }

  // "Mon compte": adding a passkey.
  function setUpRegistration(form) {
    var unsupported = document.getElementById('passkey-unsupported');
    if (!supported) {
      return;
    }
    if (unsupported) {
      unsupported.hidden = true;
    }
    form.hidden = false;
    var label = form.querySelector('#passkey-label');
    var field = form.querySelector('#passkey-label-field');
    var labelError = form.querySelector('#passkey-error');
    var problem = form.querySelector('#passkey-problem');
    var working = form.querySelector('#passkey-working');
    var button = form.querySelector('button[type=submit]');
    var csrfHeader = form.getAttribute('data-csrf-header');
    var csrfToken = form.querySelector('input[name="_csrf"]').value;

    function reset() {
      problem.hidden = true;
      labelError.hidden = true;
      field.classList.remove('field-error');
      label.removeAttribute('aria-invalid');
      label.setAttribute('aria-describedby', 'passkey-label-hint');
      working.textContent = '';
    }

    function labelRefused() {
      labelError.querySelector('.error-text').textContent = form.getAttribute('data-error-label');
      labelError.hidden = false;
      field.classList.add('field-error');
      label.setAttribute('aria-invalid', 'true');
      label.setAttribute('aria-describedby', 'passkey-error passkey-label-hint');
      label.focus();
    }

    form.addEventListener('submit', function (event) {
      event.preventDefault();
      reset();
      var name = label.value.trim();
      if (!name || name.length > parseInt(label.getAttribute('maxlength'), 10)) {
        labelRefused();
        return;
      }
      button.disabled = true;
      working.textContent = form.getAttribute('data-working');
      post(form.getAttribute('data-options-url'), csrfHeader, csrfToken)
        .then(function (response) {
          if (response.status === 401 || response.status === 403) {
            throw failure('session');
          }
          if (!response.ok) {
            throw failure('failed');
          }
          return response.json();
        })
        .then(function (options) {
          var publicKey = Object.assign({}, options, {
            challenge: base64urlToBuffer(options.challenge),
            user: Object.assign({}, options.user, { id: base64urlToBuffer(options.user.id) }),
            excludeCredentials: (options.excludeCredentials || []).map(function (c) {
              return Object.assign({}, c, { id: base64urlToBuffer(c.id) });
            })
          });
          return navigator.credentials.create({ publicKey: publicKey }).catch(function (error) {
            throw ceremonyFailure(error);
          });
        })
        .then(function (credential) {
          var response = credential.response;
          return post(form.action, csrfHeader, csrfToken, {
            publicKey: {
              label: name,
              credential: {
                id: credential.id,
                rawId: bufferToBase64url(credential.rawId),
                type: credential.type,
                response: {
                  attestationObject: bufferToBase64url(response.attestationObject),
                  clientDataJSON: bufferToBase64url(response.clientDataJSON),
                  transports: response.getTransports ? response.getTransports() : []
                },
                clientExtensionResults: credential.getClientExtensionResults(),
                authenticatorAttachment: credential.authenticatorAttachment
              }
            }
          });
        })
        .then(function (response) {
          if (response.status === 422) {
            throw failure('label');
          }
          if (response.status === 401 || response.status === 403) {
            throw failure('session');
          }
          if (!response.ok) {
            throw failure('failed');
          }
          return response.json();
        })
        .then(function (result) {
          if (!result || !result.success) {
            throw failure('failed');
          }
          window.location.assign(form.getAttribute('data-done-url'));
        })
        .catch(function (error) {
          button.disabled = false;
          working.textContent = '';
          var kind = error && error.kind ? error.kind : 'failed';
          if (kind === 'label') {
            labelRefused();
          } else {
            show(problem, form.getAttribute('data-error-' + kind));
          }
        });
    });
  }

  // The team's sign-in page: signing in with a passkey.
  function setUpSignIn(box) {
    if (!supported || !navigator.credentials.get) {
      return;
    }
    box.hidden = false;
    var button = box.querySelector('#passkey-sign-in-button');
    var problem = box.querySelector('#passkey-sign-in-problem');
    var working = box.querySelector('#passkey-sign-in-working');
    var csrfHeader = box.getAttribute('data-csrf-header');
    var csrfToken = box.getAttribute('data-csrf-token');

    button.addEventListener('click', function () {
      problem.hidden = true;
      button.disabled = true;
      working.textContent = box.getAttribute('data-working');
      post(box.getAttribute('data-options-url'), csrfHeader, csrfToken)
        .then(function (response) {
          if (!response.ok) {
            throw failure(response.status === 429 ? 'throttled' : 'refused');
          }
          return response.json();
        })
        .then(function (options) {
          var publicKey = Object.assign({}, options, {
            challenge: base64urlToBuffer(options.challenge),
            allowCredentials: (options.allowCredentials || []).map(function (c) {
              return Object.assign({}, c, { id: base64urlToBuffer(c.id) });
            })
          });
          return navigator.credentials.get({ publicKey: publicKey }).catch(function (error) {
            throw error && (error.name === 'NotAllowedError' || error.name === 'AbortError')
              ? failure('cancelled') : failure('refused');
          });
        })
        .then(function (credential) {
          var response = credential.response;
          return post(box.getAttribute('data-login-url'), csrfHeader, csrfToken, {
            id: credential.id,
            rawId: bufferToBase64url(credential.rawId),
            type: credential.type,
            response: {
              authenticatorData: bufferToBase64url(response.authenticatorData),
              clientDataJSON: bufferToBase64url(response.clientDataJSON),
              signature: bufferToBase64url(response.signature),
              userHandle: response.userHandle ? bufferToBase64url(response.userHandle) : undefined
            },
            clientExtensionResults: credential.getClientExtensionResults(),
            authenticatorAttachment: credential.authenticatorAttachment
          });
        })
        .then(function (response) {
          if (!response.ok) {
            throw failure(response.status === 429 ? 'throttled' : 'refused');
          }
          return response.json();
        })
        .then(function (result) {
          if (!result || !result.authenticated || !result.redirectUrl) {
            throw failure('refused');
          }
          window.location.assign(result.redirectUrl);
        })
        .catch(function (error) {
          button.disabled = false;
          working.textContent = '';
          var kind = error && (error.kind === 'cancelled' || error.kind === 'throttled') ? error.kind : 'refused';
          show(problem, box.getAttribute('data-error-' + kind));
        });
    });
  }

  function start() {
    var form = document.getElementById('passkey-form');
    if (form) {
      setUpRegistration(form);
    }
    var box = document.getElementById('passkey-sign-in');
    if (box) {
      setUpSignIn(box);
    }
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
}());
