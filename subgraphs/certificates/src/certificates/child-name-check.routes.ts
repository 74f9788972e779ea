import { createHash, timingSafeEqual } from 'node:crypto';
import express, { Router } from 'express';
import { DataSource } from 'typeorm';
import { checkBody, ChildNameCheckResponse, childNameCheckRoute, ErrorCode, InternalRefusal } from '@pfdo/contracts';
import { callerOf } from '@pfdo/platform';

/** A full name as people type it: case, ё/е and extra spaces (inner, outer, non-breaking) do not count. */
export function normalizedFullName(fullName: string): string {
  return fullName.toLowerCase().replace(/ё/g, 'е').replace(/\s+/gu, ' ').trim();
}

/** Compared as digests of equal length, in constant time: the answer's timing tells nothing of the name. */
export function sameFullName(given: string, child: { surname: string; name: string; patronymic: string }): boolean {
  const digest = (text: string) => createHash('sha256').update(normalizedFullName(text)).digest();
  return timingSafeEqual(digest(given), digest(`${child.surname} ${child.name} ${child.patronymic}`));
}

/**
 * «Подтверждение по ФИО» (seed 002): the navigator, which keeps no personal data, asks whether the name a provider
 * gave is the certificate's child's. Only the navigator may ask; the answer is yes or no, never the name, and no
 * for a certificate this subgraph does not know. The navigator limits the attempts per certificate.
 */
export function childNameCheckRoutes(dataSource: DataSource) {
  return (router: Router) => {
    router.post(childNameCheckRoute.pattern, express.json({ limit: '4kb' }), async (request, response) => {
      if (callerOf(response).service !== 'navigator') {
        response.status(403).end();
        return;
      }
      const params = checkBody(childNameCheckRoute.params, request.params);
      const body = checkBody(childNameCheckRoute.request, request.body);
      if (!params.ok || !body.ok) {
        const issues = [params, body].flatMap((checked) => (checked.ok ? [] : [checked.issues]));
        const refusal: InternalRefusal = {
          error: { code: ErrorCode.BadRequest, message: `not a name check: ${issues.join('; ')}` },
        };
        response.status(400).json(refusal);
        return;
      }
      const [child]: Array<{ surname: string; name: string; patronymic: string }> = await dataSource.query(
        `SELECT child.surname, child.name, child.patronymic
           FROM certificates.certificates certificate JOIN certificates.children child ON child.id = certificate.child_id
          WHERE certificate.id = $1`,
        [params.value.id],
      );
      const answer: ChildNameCheckResponse = { matches: !!child && sameFullName(body.value.fullName, child) };
      response.json(answer);
    });
  };
}
