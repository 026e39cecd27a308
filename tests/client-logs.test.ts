/**
 * The operator's log: a client's mistake is one line at `http` level, never an `error` with a
 * stack trace; a server fault keeps its stack.
 */
import request from 'supertest';

import { bootApp, fullAccessToken, type TestApp } from './harness/strapi';

let app: TestApp;
let token: string;

beforeAll(async () => {
  app = await bootApp();
  token = await fullAccessToken(app.strapi);
});

afterAll(async () => {
  jest.restoreAllMocks();
  await app?.stop();
});

const spyLog = () => ({
  error: jest.spyOn(app.strapi.log, 'error').mockImplementation(() => app.strapi.log),
  warn: jest.spyOn(app.strapi.log, 'warn').mockImplementation(() => app.strapi.log),
});

describe('client errors', () => {
  it.each([
    ['a malformed JSON body', '{"text": "عنوان', 400],
    ['a body over the limit', JSON.stringify({ text: 'ا'.repeat(3 * 1024 * 1024) }), 413],
  ])('%s is answered in Strapi’s envelope, logged without an error or a stack', async (_name, body, status) => {
    const log = spyLog();
    const res = await request(app.server)
      .post('/api/news-import/preview')
      .set('Authorization', `Bearer ${token}`)
      .set('Content-Type', 'application/json')
      .send(body);
    expect(res.status).toBe(status);
    expect(res.body).toMatchObject({ data: null, error: { status } });
    expect(log.error).not.toHaveBeenCalled();
    log.error.mockRestore();
    log.warn.mockRestore();
  });

  it('a validation error is not logged as an error either', async () => {
    const log = spyLog();
    await request(app.server).post('/api/news-import/preview').set('Authorization', `Bearer ${token}`).send({}).expect(400);
    expect(log.error).not.toHaveBeenCalled();
    log.error.mockRestore();
    log.warn.mockRestore();
  });
});

describe('server faults', () => {
  it('a 500 is logged at error level with its stack', async () => {
    const log = spyLog();
    const fault = new Error('database unreachable (simulated)');
    const findMany = jest.spyOn(app.strapi.documents('api::official.official'), 'findMany');
    const original = app.strapi.documents;
    const documents = jest.spyOn(app.strapi, 'documents').mockImplementation(((uid: any) => {
      const service = original.call(app.strapi, uid);
      return uid === 'api::official.official'
        ? { ...service, findMany: () => Promise.reject(fault) }
        : service;
    }) as any);
    const res = await request(app.server).get('/api/officials').query({ locale: 'ar' });
    documents.mockRestore();
    findMany.mockRestore();
    expect(res.status).toBe(500);
    expect(log.error).toHaveBeenCalledWith(fault);
    expect(fault.stack).toMatch(/simulated/);
    log.error.mockRestore();
    log.warn.mockRestore();
  });
});
