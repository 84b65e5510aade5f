/**
 * The public surface, listed: an export added or removed by accident fails here (STYLE.md §13).
 * Update the lists on purpose when the API changes.
 */
import { describe, expect, it } from 'vitest';
import * as core from '../src/index.js';
import * as pglite from '../src/store/pglite/index.js';
import * as postgres from '../src/store/postgres/index.js';
import * as testing from '../src/testing/index.js';

describe('@compound/core exports', () => {
  it('lists the runtime exports of the main entry', () => {
    expect(Object.keys(core).sort()).toMatchInlineSnapshot(`
      [
        "CompoundError",
        "ProviderCallError",
        "StoreQueryError",
        "achievedTarget",
        "applyMapping",
        "auc",
        "blockCandidates",
        "brier",
        "canonicalTimeZone",
        "companyProfile",
        "compileIcp",
        "contactFields",
        "contactName",
        "contactsToCsv",
        "createAngleLearner",
        "createDedupIndex",
        "createDefaultLoopComponents",
        "createFeatureTableBuilder",
        "createModelColumnResolver",
        "createReplyModel",
        "createReplyWindowExposure",
        "createTimingModel",
        "dedup",
        "dedupFile",
        "digestWeek",
        "emptyContactRecord",
        "enrichCompanies",
        "enrichmentProviders",
        "evaluateReplyModelOnFile",
        "expectedCalibrationError",
        "fieldTypes",
        "fileReadError",
        "fitScore",
        "foldEvents",
        "forecastOutcomes",
        "formatSimulationReport",
        "hasIdentity",
        "historyFields",
        "importContacts",
        "importEventHistory",
        "importInsights",
        "importTenantEvents",
        "learningInsights",
        "loadTenantLearning",
        "machineTimeZone",
        "mapColumns",
        "mergeCluster",
        "neutralizeFormula",
        "normalizeContact",
        "offlineReason",
        "openStore",
        "outcomeEventTypes",
        "parsePlaybook",
        "planEnrichment",
        "rankContacts",
        "rankTenantContacts",
        "readContactFile",
        "readDelimited",
        "recognizeExportFormat",
        "refineMapping",
        "repliesTracked",
        "requireTimeZone",
        "rescore",
        "restoreAngleLearner",
        "restoreReplyModel",
        "restoreTimingModel",
        "simulate",
        "tenantCampaigns",
        "tenantDigest",
        "tenantForecast",
        "tenantInsights",
        "toExportedContacts",
        "volumeToReachGoal",
        "weeklyDigest",
      ]
    `);
  });

  it('lists the store driver subpaths and testing helpers', () => {
    expect(Object.keys(pglite).sort()).toMatchInlineSnapshot(`
      [
        "createPgliteSqlClient",
        "openPgliteStore",
        "pgliteParsers",
      ]
    `);
    expect(Object.keys(postgres).sort()).toMatchInlineSnapshot(`
      [
        "createPostgresSqlClient",
        "openPostgresStore",
        "postgresTypes",
      ]
    `);
    expect(Object.keys(testing).sort()).toMatchInlineSnapshot(`
      [
        "contactHeader",
        "createFixedClock",
        "createMockEnrichmentProvider",
        "defaultContactColumns",
        "formatCsvRow",
        "generateContacts",
        "iterateContacts",
        "seededRandom",
        "writeContactsCsv",
      ]
    `);
  });
});
