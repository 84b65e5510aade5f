import { describe, expect, it } from 'vitest';
import * as insights from '../contacts/insights/index.js';
import * as playbook from './index.js';

describe('public surface', () => {
  it('exports the playbook API by name', () => {
    expect(Object.keys(playbook).sort()).toEqual([
      'companyDimensions', 'compileIcp', 'contactFeatures', 'countryDisplayName', 'createFeatureTableBuilder', 'fitScore',
      'fitScoreFeatures', 'geographyRegionNames', 'geographyRegions', 'icpDimensions', 'industryMatch', 'parsePlaybook',
      'playbookSchema', 'rescore', 'resolveCountry', 'resolveRegion', 'roleDimensions', 'unknownDimensionScore',
    ]);
  });

  it('exports the insights API by name', () => {
    expect(Object.keys(insights).sort()).toEqual(['fisherExactTest', 'importInsights', 'wilsonInterval']);
  });
});
