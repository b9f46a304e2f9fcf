// School Social's service worker: shows a pushed notification and opens its page when tapped.
// No caching: every page is fresh from the server.
self.addEventListener("push", (event) => {
  let data = { title: "School Social", url: "/" };
  try { data = event.data.json(); } catch (error) { /* keep the default */ }
  event.waitUntil(self.registration.showNotification(data.title, {
    body: "Open School Social", data: { url: data.url }, icon: "/static/favicon.svg",
  }));
});
self.addEventListener("notificationclick", (event) => {
  event.notification.close();
  event.waitUntil(self.clients.openWindow(event.notification.data.url || "/"));
});
