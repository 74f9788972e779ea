import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The holder's help behind the «?» («Инструкции», «Видеоуроки», «Часто задаваемые вопросы»; seed 002, the end),
 * kept by the regional operator (the demo's first texts: help/demo-help.ts; a migration writes no rows, so that a
 * restore loads into empty tables). «НОКО» (seed 002, §9): a region's
 * switch (at most one row, written by its first use: this deployment is one region; none is «off»), and the survey's answers, one per certificate and year.
 */
export class HelpAndNoko1765460000000 implements MigrationInterface {
  name = 'HelpAndNoko1765460000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE navigator.help_articles (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        kind text NOT NULL CHECK (kind IN ('INSTRUCTION', 'VIDEO', 'FAQ')),
        title text NOT NULL,
        body text NOT NULL DEFAULT '',
        video_url text,
        position integer NOT NULL DEFAULT 0,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await runner.query(`CREATE INDEX help_articles_kind_idx ON navigator.help_articles (kind, position)`);
    await runner.query(`
      CREATE TABLE navigator.noko_settings (
        id boolean PRIMARY KEY DEFAULT true CHECK (id),
        enabled boolean NOT NULL DEFAULT false,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    // No link from an answer to the contracts or the child: the summary counts answers, nothing else.
    await runner.query(`
      CREATE TABLE navigator.noko_answers (
        certificate_id uuid NOT NULL,
        year integer NOT NULL,
        answers smallint[] NOT NULL CHECK (1 <= ALL (answers) AND 5 >= ALL (answers)),
        answered_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (certificate_id, year)
      )`);
    await runner.query(`CREATE INDEX noko_answers_year_idx ON navigator.noko_answers (year)`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE navigator.noko_answers`);
    await runner.query(`DROP TABLE navigator.noko_settings`);
    await runner.query(`DROP TABLE navigator.help_articles`);
  }
}
