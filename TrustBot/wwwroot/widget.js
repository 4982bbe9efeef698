// TrustBot website widget: <script src="https://your-trustbot-host/widget.js" async></script>
// Adds a floating chat button; the chat itself runs in an iframe served by TrustBot (/embed.html),
// so the host page needs no CORS, no tokens and no Web Chat bundle of its own.
(function () {
  'use strict';
  if (window.__trustBotWidget) { return; }
  window.__trustBotWidget = true;

  var script = document.currentScript;
  var origin = new URL(script ? script.src : '/widget.js', window.location.href).origin;
  var label = (script && script.getAttribute('data-title')) || 'Chat with TrustBot';
  var hostParams = new URLSearchParams(window.location.search);
  var ws = (script && script.getAttribute('data-ws')) || hostParams.get('ws');

  var style = document.createElement('style');
  style.textContent = [
    '.trustbot-launcher{position:fixed;right:20px;bottom:20px;z-index:2147483000;width:60px;height:60px;border-radius:50%;',
    'border:none;background:#2f5d62;color:#fff;font:600 14px system-ui,sans-serif;box-shadow:0 4px 14px rgba(0,0,0,.25);cursor:pointer}',
    '.trustbot-launcher:focus-visible{outline:3px solid #f2b705;outline-offset:3px}',
    '.trustbot-panel{position:fixed;right:20px;bottom:92px;z-index:2147483000;width:min(400px,calc(100vw - 40px));',
    'height:min(620px,calc(100vh - 120px));border-radius:12px;overflow:hidden;background:#fbfaf7;box-shadow:0 8px 30px rgba(0,0,0,.3)}',
    '.trustbot-panel[hidden]{display:none}',
    '.trustbot-panel iframe{width:100%;height:100%;border:0}',
    '@media (prefers-reduced-motion: no-preference){.trustbot-panel{transition:opacity .15s ease-out}}'
  ].join('');
  document.head.appendChild(style);

  var button = document.createElement('button');
  button.type = 'button';
  button.className = 'trustbot-launcher';
  button.setAttribute('aria-label', label);
  button.setAttribute('aria-expanded', 'false');
  button.setAttribute('aria-controls', 'trustbot-panel');
  button.textContent = 'Chat';

  var panel = document.createElement('div');
  panel.id = 'trustbot-panel';
  panel.className = 'trustbot-panel';
  panel.setAttribute('role', 'dialog');
  panel.setAttribute('aria-label', label);
  panel.hidden = true;

  function open() {
    if (!panel.firstChild) {
      // The chat loads on first open, so a visitor who never opens it never gets a token.
      var frame = document.createElement('iframe');
      frame.title = label;
      frame.src = origin + '/embed.html' + (ws === '0' ? '?ws=0' : '');
      frame.setAttribute('allow', 'clipboard-write');
      panel.appendChild(frame);
    }
    panel.hidden = false;
    button.setAttribute('aria-expanded', 'true');
    button.textContent = 'Close';
    panel.firstChild.focus();
  }

  function close() {
    panel.hidden = true;
    button.setAttribute('aria-expanded', 'false');
    button.textContent = 'Chat';
    button.focus();
  }

  button.addEventListener('click', function () { if (panel.hidden) { open(); } else { close(); } });
  document.addEventListener('keydown', function (e) { if (e.key === 'Escape' && !panel.hidden) { close(); } });

  function mount() {
    document.body.appendChild(panel);
    document.body.appendChild(button);
  }
  if (document.body) { mount(); } else { document.addEventListener('DOMContentLoaded', mount); }
}());
