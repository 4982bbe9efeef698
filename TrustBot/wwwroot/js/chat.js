// TrustBot chat page: gets a Direct Line token for this browser's stable random id, resumes the
// stored conversation (so a reload keeps the history), and renders botframework-webchat.
(function () {
  'use strict';

  var USER_KEY = 'trustbot.userId';
  var CONVERSATION_KEY = 'trustbot.conversation';
  var root = document.querySelector('[data-chat-root]');
  var status = document.getElementById('chat-status');
  var params = new URLSearchParams(window.location.search);
  // ?ws=0 forces polling (webSocket: false); the default is the WebSocket stream.
  var useWebSocket = params.get('ws') !== '0';

  function setStatus(text) {
    if (status) { status.textContent = text; }
  }

  function read(key) {
    try { return window.localStorage.getItem(key); } catch (e) { return null; }
  }

  function write(key, value) {
    try {
      if (value === null) { window.localStorage.removeItem(key); } else { window.localStorage.setItem(key, value); }
    } catch (e) { /* storage blocked: the chat still works, it just will not resume */ }
  }

  function randomId() {
    var bytes = new Uint8Array(16);
    window.crypto.getRandomValues(bytes);
    return Array.prototype.map.call(bytes, function (b) { return ('0' + b.toString(16)).slice(-2); }).join('');
  }

  function userId() {
    var id = read(USER_KEY);
    if (!id || !/^[A-Za-z0-9_-]{16,64}$/.test(id)) {
      id = randomId();
      write(USER_KEY, id);
    }
    return id;
  }

  function savedConversation() {
    try { return JSON.parse(read(CONVERSATION_KEY) || 'null'); } catch (e) { return null; }
  }

  function locale() {
    return (navigator.languages && navigator.languages[0]) || navigator.language || 'en-US';
  }

  async function fetchToken(saved) {
    var response = await fetch('/api/directline/token', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Accept': 'application/json' },
      body: JSON.stringify({ userId: userId(), conversationId: saved && saved.conversationId })
    });
    if (!response.ok) { throw new Error('token ' + response.status); }
    return response.json();
  }

  // Crisis-line buttons must work in one tap. Two gaps in Web Chat 4.18's card actions:
  // - a "call" button's value is already a tel: URI (Bot Framework spec, e.g. "tel:988"), but hero
  //   cards render it as a link to "tel:" + value, so it would dial "tel:tel:988" and do nothing;
  // - sms: links ("Text HOME to 741741") are not on Web Chat's allowed-scheme list and are dropped
  //   with a console warning. We open them the same way Web Chat opens tel: links.
  function crisisLinkActions() {
    return function (next) {
      return function (args) {
        var action = args && args.cardAction;
        var value = action && typeof action.value === 'string' ? action.value : '';
        if (/^tel:tel:/i.test(value)) {
          var fixed = Object.assign({}, action, { value: value.slice(4) });
          return next(Object.assign({}, args, { cardAction: fixed }));
        }
        if (/^sms:[0-9+]/i.test(value) && (action.type === 'openUrl' || action.type === 'call')) {
          window.open(value, '_blank', 'noopener noreferrer');
          return undefined;
        }
        return next(args);
      };
    };
  }

  async function start() {
    if (!root || !window.WebChat) {
      setStatus('The chat could not load. Please reload the page.');
      return;
    }

    setStatus('Connecting…');
    var saved = savedConversation();
    var session = await fetchToken(saved);
    var resume = !!(saved && saved.conversationId === session.conversationId);
    var options = {
      domain: session.domain,
      token: session.token,
      webSocket: useWebSocket,
      conversationStartProperties: { locale: locale() }
    };
    if (resume) {
      // Reconnect instead of starting: no watermark, so the whole stored history is shown again.
      options.conversationId = session.conversationId;
    }

    var directLine = window.WebChat.createDirectLine(options);
    directLine.connectionStatus$.subscribe(function (state) {
      // 2 = Online, 3 = ExpiredToken, 4 = FailedToConnect, 5 = Ended
      if (state === 2) {
        setStatus('');
        write(CONVERSATION_KEY, JSON.stringify({ conversationId: directLine.conversationId, watermark: directLine.watermark || '' }));
      } else if (state === 3 || state === 4 || state === 5) {
        setStatus('The chat was disconnected. Reload the page to continue.');
      }
    });
    directLine.activity$.subscribe(function () {
      if (directLine.conversationId) {
        write(CONVERSATION_KEY, JSON.stringify({ conversationId: directLine.conversationId, watermark: directLine.watermark || '' }));
      }
    });

    window.WebChat.renderWebChat({
      directLine: directLine,
      cardActionMiddleware: crisisLinkActions,
      userID: session.userId,
      username: 'You',
      locale: locale(),
      sendTypingIndicator: true,
      styleOptions: {
        accent: '#2f5d62',
        backgroundColor: '#fbfaf7',
        bubbleBackground: '#ffffff',
        bubbleBorderColor: '#d6d3cc',
        bubbleBorderRadius: 10,
        bubbleFromUserBackground: '#e6efe9',
        bubbleFromUserBorderColor: '#b9cfc3',
        bubbleFromUserBorderRadius: 10,
        primaryFont: 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
        hideUploadButton: true,
        suggestedActionLayout: 'flow',
        suggestedActionBorderRadius: 16,
        botAvatarInitials: 'TB',
        userAvatarInitials: 'You'
      }
    }, root);
    window.trustBotDirectLine = directLine;
  }

  var restart = document.getElementById('new-conversation');
  if (restart) {
    restart.addEventListener('click', function () {
      write(CONVERSATION_KEY, null);
      window.location.reload();
    });
  }

  start().catch(function () {
    setStatus('The chat is not available right now. Please try again in a moment.');
  });
}());
