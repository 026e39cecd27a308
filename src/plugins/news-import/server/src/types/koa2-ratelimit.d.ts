// koa2-ratelimit ships no types; only what services/rate-limit.ts uses.
declare module 'koa2-ratelimit' {
  type Options = {
    interval: { ms?: number; sec?: number; min?: number };
    max: number;
    prefixKey: string;
    handler: (ctx: unknown) => unknown;
  };
  export const RateLimit: {
    middleware(options: Options): (ctx: unknown, next: () => Promise<void>) => Promise<void>;
  };
}
