"use strict";
// Sign-in: fetch an anti-forgery token, post the id and password as JSON with it in the header.
(async () => {
  const form = document.getElementById("signin-form");
  const error = document.getElementById("signin-error");
  const show = (text) => { error.textContent = text; error.hidden = !text; };
  let token = null;
  const fresh = async () => { token = (await (await fetch("/console/api/antiforgery", { credentials: "same-origin" })).json()).token; };
  try {
    await fresh();
    const options = await (await fetch("/console/api/signin-options")).json();
    document.getElementById("entra").hidden = !options.entra;
  } catch {
    show("The console cannot be reached. Check your connection and reload.");
  }
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    show("");
    const response = await fetch("/console/api/signin", {
      method: "POST",
      credentials: "same-origin",
      headers: { "Content-Type": "application/json", "X-CSRF-TOKEN": token },
      body: JSON.stringify({ id: form.username.value.trim(), password: form.password.value }),
    });
    if (response.ok) {
      window.location.assign("/console/");
      return;
    }
    form.password.value = "";
    const body = await response.json().catch(() => ({}));
    show(body.error || "Sign-in failed. Try again.");
    await fresh();
  });
})();
