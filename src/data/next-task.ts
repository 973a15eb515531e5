/**
 * Gives the page its turn and comes back as soon as it has had it: a message to ourselves. Not
 * `setTimeout(0)`: browsers hold a timer set from a timer chain 5 deep for at least 4 ms, which
 * would add half of an 8 ms chunk to every chunk.
 */
export function nextTask(): Promise<void> {
  return new Promise<void>((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}
