// Registers the service worker (installable app) and, on the Notifications page, turns push on.
(function () {
  if (!("serviceWorker" in navigator)) return;
  navigator.serviceWorker.register("/sw.js", { scope: "/" });
  const button = document.getElementById("push-on");
  if (!button || !("PushManager" in window)) return;
  button.hidden = false;
  const key = button.dataset.key;
  const bytes = (text) => Uint8Array.from(atob((text + "=".repeat((4 - text.length % 4) % 4))
    .replace(/-/g, "+").replace(/_/g, "/")), (c) => c.charCodeAt(0));
  button.addEventListener("click", async () => {
    const status = document.getElementById("push-status");
    try {
      const registration = await navigator.serviceWorker.ready;
      const subscription = await registration.pushManager.subscribe({
        userVisibleOnly: true, applicationServerKey: bytes(key) });
      const answer = await fetch(button.dataset.url, { method: "POST", credentials: "same-origin",
        headers: { "Content-Type": "application/json", "X-CSRFToken": button.dataset.csrf },
        body: JSON.stringify(subscription.toJSON()) });
      status.textContent = answer.ok ? "Notifications are on for this device." :
        "They could not be turned on. Try again.";
    } catch (error) {
      status.textContent = "This browser did not allow notifications: " + error.message;
    }
  });
})();
