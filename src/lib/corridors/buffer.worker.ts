/** Web worker: buffers corridor lines off the main thread (see buffer.ts for the protocol). */
import { createBufferHandler, type BufferRequest } from './buffer';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const handle = createBufferHandler();

scope.onmessage = (event: MessageEvent<BufferRequest>) => {
  const response = handle(event.data);
  if (response !== undefined) scope.postMessage(response);
};
