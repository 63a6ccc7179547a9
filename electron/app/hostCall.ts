import { receiveMessageOnPort, type MessagePort } from 'node:worker_threads';
import {
  HOST_CALL_TIMEOUT_MS,
  type HostAnswer,
  type HostAnswerMessage,
  type HostCall,
  type HostCallLink,
  type HostCallMessage,
} from './coreProtocol';

const WAITING = 0;
const ANSWERED = 1;

/**
 * Worker side: asks the main thread and blocks until it answers, since Core's calls are
 * synchronous. A timeout or a failure on the main thread is thrown here, never a hang.
 */
export function hostCaller(link: HostCallLink): (call: HostCall) => string | null {
  const signal = new Int32Array(link.signal);
  let nextId = 1;
  return (call) => {
    const id = nextId++;
    Atomics.store(signal, 0, WAITING);
    link.port.postMessage({ id, call } satisfies HostCallMessage);
    const deadline = Date.now() + HOST_CALL_TIMEOUT_MS[call.op];
    for (;;) {
      const answer = takeAnswer(link.port, id);
      if (answer?.ok) return answer.value;
      if (answer) throw new Error(`host call ${call.op} failed`);
      const left = deadline - Date.now();
      if (left <= 0 || Atomics.wait(signal, 0, WAITING, left) === 'timed-out')
        throw new Error(`host call ${call.op} timed out`);
      // Reset before reading, so an answer posted meanwhile still wakes the next wait.
      Atomics.store(signal, 0, WAITING);
    }
  };
}

function takeAnswer(port: MessagePort, id: number): HostAnswer | null {
  for (let m = receiveMessageOnPort(port); m; m = receiveMessageOnPort(port)) {
    const message = m.message as HostAnswerMessage;
    if (message.id === id) return message.answer;
  }
  return null;
}

/** Main-thread side: answers each call on the port, then wakes the waiting worker. */
export function answerHostCalls(
  link: HostCallLink,
  answer: (call: HostCall) => Promise<string | null>,
): void {
  const signal = new Int32Array(link.signal);
  link.port.on('message', (message: HostCallMessage) => {
    void answer(message.call)
      .then((value): HostAnswer => ({ ok: true, value }))
      .catch((): HostAnswer => ({ ok: false, message: 'host call failed' }))
      .then((reply) => {
        link.port.postMessage({ id: message.id, answer: reply } satisfies HostAnswerMessage);
        Atomics.store(signal, 0, ANSWERED);
        Atomics.notify(signal, 0);
      });
  });
}
