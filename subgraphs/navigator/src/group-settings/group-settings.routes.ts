import { Router } from 'express';
import { DataSource } from 'typeorm';
import { checkBody, ErrorCode, groupSettingsRoute, InternalRefusal, NavigatorGroupSetting } from '@pfdo/contracts';
import { callerOf } from '@pfdo/platform';

/** More than a municipality keeps in a year (a handful of groups); the list is never unbounded. */
const MAX_SETTINGS = 200;

/** «Импорт из PFDO»: the registry asks for one municipality's group settings. */
export function groupSettingsRoutes(dataSource: DataSource) {
  return (router: Router) => {
    router.get(groupSettingsRoute.pattern, async (request, response) => {
      if (!callerOf(response).service) {
        response.status(403).end();
        return;
      }
      const query = checkBody(groupSettingsRoute.query, request.query);
      if (!query.ok) {
        const refusal: InternalRefusal = { error: { code: ErrorCode.BadRequest, message: query.issues } };
        response.status(400).json(refusal);
        return;
      }
      const rows: Array<Record<string, string | number>> = await dataSource.query(
        `SELECT id, municipality_id, name, nominal_kopecks::text, min_age, max_age, significant_programs,
                general_programs, pre_professional_programs, municipality_limit_kopecks::text
           FROM navigator.group_settings WHERE municipality_id = $1 ORDER BY name, id LIMIT ${MAX_SETTINGS}`,
        [query.value.municipalityId],
      );
      const settings: NavigatorGroupSetting[] = rows.map((row) => ({
        id: String(row.id),
        municipalityId: String(row.municipality_id),
        name: String(row.name),
        nominalKopecks: Number(row.nominal_kopecks),
        minAge: Number(row.min_age),
        maxAge: Number(row.max_age),
        budgetPrograms: {
          SIGNIFICANT: Number(row.significant_programs),
          GENERAL: Number(row.general_programs),
          PRE_PROFESSIONAL: Number(row.pre_professional_programs),
        },
        municipalityLimitKopecks: Number(row.municipality_limit_kopecks),
      }));
      response.json(settings);
    });
  };
}
