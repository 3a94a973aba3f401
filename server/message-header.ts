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
