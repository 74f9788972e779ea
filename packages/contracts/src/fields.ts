import { z } from 'zod/v4';

/** Payload fields the contracts share. */

/** An id of this registry: any 8-4-4-4-12 hexadecimal form, as PostgreSQL's uuid (demo ids are not RFC 4122). */
export const id = () => z.guid();
export const text = (max: number) => z.string().min(1).max(max);
/** An e-mail address as the services accept it (their own checks are stricter where a person types it). */
export const address = () =>
  z
    .string()
    .max(254)
    .regex(/^[^\s@]+@[^\s@]+$/);
