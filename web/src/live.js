// Live updates. The server sends a "commit" event on /api/events each time
// the store changed (a load, a remove… run through it by the command line,
// or serve --watch, or another process writing to the same PostgreSQL
// database) and its console caught up, with the store's generation (this
// process's writes) and last commit (every process's); on connecting it
// sends "hello" with the position its data is at, so a page that missed
// events while disconnected still notices.
// EventSource reconnects by itself (after the server's retry: 2 s).
//
// An event stream holds a connection for as long as the page is open, and
// a browser opens at most 6 HTTP/1.1 connections to a host: seven console
// tabs would leave the seventh waiting for ever. So one tab (the holder of
// a Web Lock) keeps the stream and passes its events to the others on a
// BroadcastChannel; when it closes, another takes over. Without Web Locks
// (a plain-http name other than localhost is not a secure context) each
// tab opens its own stream.
const lockName = "newsgraph-events";

export function follow(status, onChange) {
  let last = null;
  const show = (msg) => {
    if (msg.type === "error") {
      status.textContent = "offline";
      status.title = "The server cannot be reached; the page will update once it can";
      status.className = "live off";
      return;
    }
    const gen = msg.generation;
    const at = `${gen}/${msg.commit ?? 0}`;
    const changed = last !== null && at !== last;
    last = at;
    document.body.dataset.generation = String(gen);
    status.textContent = "live";
    status.title = `Shows the store as of commit ${msg.commit ?? 0}; updates as it changes`;
    status.className = "live on";
    if (changed) onChange(gen);
  };
  const channel = typeof BroadcastChannel === "function" ? new BroadcastChannel(lockName) : null;
  let latest = null; // the holder's last message, for tabs that ask
  const stream = () => new Promise(() => {
    const events = new EventSource("/api/events");
    const pass = (msg) => {
      if (msg.type !== "error") latest = msg;
      show(msg);
      channel?.postMessage(msg);
    };
    const parse = (ev) => {
      try {
        const { generation, commit } = JSON.parse(ev.data);
        pass({ type: "commit", generation, commit });
      } catch {
        // not an event of ours
      }
    };
    events.addEventListener("hello", parse);
    events.addEventListener("commit", parse);
    events.addEventListener("error", () => pass({ type: "error" }));
    // Never resolves: the lock is held until the tab closes.
  });
  if (!channel || !navigator.locks) {
    stream();
    return;
  }
  channel.onmessage = ({ data }) => {
    if (data.type === "ask") {
      if (latest) channel.postMessage(latest);
      return;
    }
    if (latest === null) show(data); // a tab that holds the stream shows its own
  };
  navigator.locks.request(lockName, stream);
  channel.postMessage({ type: "ask" });
}
