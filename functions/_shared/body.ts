import { fieldErrors } from '@portal/schema';
import type { z } from 'zod';
import { HttpError, payloadTooLarge } from './errors.js';

export interface ReadJsonOptions {
  /** Largest accepted body in bytes; a larger one is refused before it is parsed. */
  maxBytes: number;
}

/**
 * Reads a JSON request body and validates it with `schema`. Every way a body can be wrong becomes a
 * 4xx HttpError with a Russian message: wrong content type, too large, not UTF-8, not JSON, invalid.
 */
export async function readJson<S extends z.ZodType>(
  req: Request,
  schema: S,
  { maxBytes }: ReadJsonOptions,
): Promise<z.infer<S>> {
  const type = req.headers.get('content-type') ?? '';
  if (!/^application\/json\s*(;|$)/i.test(type)) {
    throw new HttpError(415, 'UnsupportedMediaTypeError', 'Отправьте данные в формате JSON (Content-Type: application/json).');
  }
  const declared = Number(req.headers.get('content-length') ?? '0');
  if (declared > maxBytes) throw tooLarge(maxBytes);
  const bytes = await readLimited(req, maxBytes);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new HttpError(400, 'BadRequestError', 'Текст запроса не в кодировке UTF-8.');
  }
  if (!text.trim()) throw new HttpError(400, 'BadRequestError', 'Пустой запрос: отправьте данные формы.');
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new HttpError(400, 'BadRequestError', 'Запрос не является корректным JSON.');
  }
  const parsed = schema.safeParse(data);
  if (!parsed.success) {
    throw new HttpError(422, 'ValidationError', 'Проверьте поля, отмеченные в ответе.', {
      fields: fieldErrors(parsed.error.issues),
    });
  }
  return parsed.data;
}

async function readLimited(req: Request, maxBytes: number): Promise<Uint8Array> {
  if (!req.body) return new Uint8Array();
  const reader = req.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      throw tooLarge(maxBytes);
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return out;
}

function tooLarge(maxBytes: number): HttpError {
  const kb = new Intl.NumberFormat('ru-RU').format(Math.floor(maxBytes / 1024));
  return payloadTooLarge(`${kb} КБ`);
}
