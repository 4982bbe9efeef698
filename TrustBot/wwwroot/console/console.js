"use strict";
// Staff console: the queue (refreshed every few seconds), one open conversation (long-polled), send and end.
// Every POST carries the anti-forgery token in X-CSRF-TOKEN. Text is always set with textContent.
(() => {
  const $ = (id) => document.getElementById(id);
  const state = { me: null, token: null, open: null, after: 0, polling: 0 };

  const showError = (text) => { $("error").textContent = text || ""; $("error").hidden = !text; };

  async function api(path, options = {}) {
    const init = { credentials: "same-origin", ...options, headers: { ...(options.headers || {}) } };
    if (init.method === "POST") {
      init.headers["Content-Type"] = "application/json";
      init.headers["X-CSRF-TOKEN"] = state.token;
    }
    const response = await fetch("/console/api" + path, init);
    if (response.status === 401) {
      window.location.assign("/console/signin.html");
      throw new Error("signed out");
    }
    return response;
  }

  const post = (path, body) => api(path, { method: "POST", body: JSON.stringify(body || {}) });

  function waited(seconds) {
    const minutes = Math.floor(seconds / 60);
    return minutes < 1 ? "under a minute" : minutes === 1 ? "1 minute" : `${minutes} minutes`;
  }

  function badge(urgency) {
    const span = document.createElement("span");
    span.className = `badge ${urgency}`;
    span.textContent = urgency;
    return span;
  }

  async function refreshQueue() {
    const response = await api("/queue");
    if (!response.ok) return;
    const queue = await response.json();
    $("online").textContent = `${queue.staffOnline} staff online`;
    const list = $("queue");
    list.replaceChildren();
    const rows = queue.requests.filter((r) => r.status === "waiting" || r.mine);
    $("queue-empty").hidden = rows.length > 0;
    for (const request of rows) {
      const item = document.createElement("li");
      item.dataset.requestId = request.id;
      const wait = document.createElement("span");
      wait.className = "wait";
      wait.textContent = request.status === "waiting" ? `waiting ${waited(request.waitingSeconds)}` : "with you";
      const button = document.createElement("button");
      button.textContent = request.status === "waiting" ? "Accept" : "Open";
      button.addEventListener("click", () => request.status === "waiting" ? accept(request.id) : openConversation(request.id));
      item.append(badge(request.urgency), wait, button);
      list.append(item);
      if (request.mine && !state.open) openConversation(request.id);
    }
    if (state.me.role === "supervisor") await refreshAssignments();
  }

  async function refreshAssignments() {
    const response = await api("/supervisor/assignments");
    if (!response.ok) return;
    const list = $("assignments");
    list.replaceChildren();
    for (const assignment of await response.json()) {
      const item = document.createElement("li");
      const who = document.createElement("span");
      who.className = "wait";
      who.textContent = assignment.staffDisplayName;
      item.append(badge(assignment.urgency), who);
      list.append(item);
    }
  }

  async function accept(id) {
    showError("");
    const response = await post(`/requests/${encodeURIComponent(id)}/accept`);
    if (!response.ok) {
      showError((await response.json().catch(() => ({}))).error || "Could not accept this request.");
      await refreshQueue();
      return;
    }
    await openConversation(id, await response.json());
    await refreshQueue();
  }

  async function openConversation(id, details) {
    if (!details) {
      const response = await api(`/requests/${encodeURIComponent(id)}`);
      if (!response.ok) return;
      details = await response.json();
    }
    state.open = id;
    state.after = 0;
    $("messages").replaceChildren();
    $("summary").textContent = details.summary || "The person chose not to share a summary.";
    $("no-chat").hidden = true;
    $("chat").hidden = false;
    setStatus(details.status);
    poll(++state.polling);
  }

  function setStatus(status) {
    const live = status === "live";
    $("status").textContent = live ? "Live - the person sees your messages as you send them." : "This conversation has ended.";
    $("send").disabled = !live;
    $("message").disabled = !live;
    $("end").disabled = !live;
  }

  function addMessage(message) {
    const item = document.createElement("li");
    item.className = message.speaker + (message.crisisAlert ? " crisis" : "");
    if (message.crisisAlert) {
      const alert = document.createElement("span");
      alert.className = "alert";
      alert.textContent = "Crisis alert: the bot has shown the person the crisis lines.";
      item.append(alert);
    }
    const speaker = document.createElement("span");
    speaker.className = "speaker";
    speaker.textContent = message.speaker === "person" ? "Person:" : "You:";
    const text = document.createElement("span");
    text.className = "text";
    text.textContent = message.text;
    item.append(speaker, text);
    $("messages").append(item);
    item.scrollIntoView({ block: "nearest" });
  }

  // Long poll: one request at a time; a newer conversation (generation) stops the old loop.
  async function poll(generation) {
    while (generation === state.polling) {
      try {
        const response = await api(`/requests/${encodeURIComponent(state.open)}/messages?after=${state.after}&waitSeconds=20`);
        if (generation !== state.polling) return;
        if (!response.ok) { setStatus("ended"); return; }
        const batch = await response.json();
        for (const message of batch.messages) {
          state.after = Math.max(state.after, message.sequence);
          addMessage(message);
        }
        setStatus(batch.status);
        if (batch.status !== "live") return;
      } catch {
        await new Promise((resolve) => setTimeout(resolve, 3000));
      }
    }
  }

  async function send(event) {
    event.preventDefault();
    const text = $("message").value.trim();
    if (!text || !state.open) return;
    showError("");
    const response = await post(`/requests/${encodeURIComponent(state.open)}/messages`, { text });
    if (response.ok) {
      $("message").value = "";
    } else {
      showError((await response.json().catch(() => ({}))).error || "The message was not sent.");
    }
  }

  async function end() {
    if (!state.open) return;
    const response = await post(`/requests/${encodeURIComponent(state.open)}/end`);
    if (!response.ok) showError((await response.json().catch(() => ({}))).error || "Could not end the conversation.");
    setStatus("ended");
    state.open = null;
    await refreshQueue();
  }

  async function start() {
    const response = await api("/me");
    state.me = await response.json();
    state.token = state.me.antiforgeryToken;
    $("who").textContent = `${state.me.displayName} (${state.me.role})`;
    $("supervisor").hidden = state.me.role !== "supervisor";
    $("send-form").addEventListener("submit", send);
    $("message").addEventListener("keydown", (event) => {
      if (event.key === "Enter" && !event.shiftKey) send(event);
    });
    $("end").addEventListener("click", end);
    $("signout").addEventListener("click", async () => {
      await post("/signout");
      window.location.assign("/console/signin.html");
    });
    await refreshQueue();
    setInterval(() => refreshQueue().catch(() => {}), 5000);
  }

  start().catch(() => showError("The console cannot be reached. Check your connection and reload."));
})();
