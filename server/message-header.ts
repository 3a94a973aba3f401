import type { MessageType } from '@hocuspocus/server';
import { IncomingMessage } from '@hocuspocus/server';

export interface MessageHeader {
  documentName: string;
  type: MessageType;
}

/** The document and type every Hocuspocus message starts with; null when the bytes are not a message. */
export function readMessageHeader(data: Uint8Array): MessageHeader | null {
  try {
    const message = new IncomingMessage(data);
    const documentName = message.readVarString();
    const type = message.readVarUint() as MessageType;
    return { documentName, type };
  } catch {
    return null;
  }
}

/** The Yjs sync step of a Sync message (0 step 1, 1 step 2, 2 update); null when it cannot be read. */
export function readSyncStep(data: Uint8Array): number | null {
  try {
    const message = new IncomingMessage(data);
    message.readVarString();
    message.readVarUint();
    return message.readVarUint();
  } catch {
    return null;
  }
}
