import { describe, expect, it } from 'vitest';
import { detectWebsiteTechnologies } from './map-website-technologies.js';

describe('detectWebsiteTechnologies', () => {
  it.each([
    ['<script src="https://cdn.mxpnl.com/libs/mixpanel-2-latest.min.js"></script>', 'Mixpanel'],
    ['<script src="https://cdn.amplitude.com/libs/analytics-browser-2.0.0-min.js.gz"></script>', 'Amplitude'],
    ['<script defer data-domain="acme.dev" src="https://plausible.io/js/script.js"></script>', 'Plausible'],
    ['<html data-wf-site="abc">', 'Webflow'],
    ['<img src="https://static.wixstatic.com/media/a.png">', 'Wix'],
    ['<link href="https://static1.squarespace.com/static/x.css">', 'Squarespace'],
    ['<img src="/hs-fs/hubfs/logo.png">', 'HubSpot CMS'],
    ['<img src="https://images.ctfassets.net/space/a.png">', 'Contentful'],
    ['<script src="https://js.driftt.com/include/1/abc.js"></script>', 'Drift'],
    ['<script id="ze-snippet" src="https://static.zdassets.com/ekr/snippet.js?key=1"></script>', 'Zendesk'],
    ['<script src="//js.usemessages.com/conversations-embed.js"></script>', 'HubSpot Chat'],
    ['<script>window.$crisp=[];window.CRISP_WEBSITE_ID="x";</script>', 'Crisp'],
    ['<script src="https://cdn.paddle.com/paddle/v2/paddle.js"></script>', 'Paddle'],
    ['<script src="https://js.chargebee.com/v2/chargebee.js"></script>', 'Chargebee'],
    ['<script>window.__NUXT__={}</script>', 'Nuxt'],
    ['<div id="___gatsby"></div>', 'Gatsby'],
    ['<app-root ng-version="17.1.0"></app-root>', 'Angular'],
    ['<script src="https://pi.pardot.com/pd.js"></script>', 'Salesforce Pardot'],
    ['<script src="//munchkin.marketo.net/munchkin.js"></script>', 'Marketo'],
  ])('%s → %s', (html, name) => {
    expect(detectWebsiteTechnologies(html).map((technology) => technology.name)).toContain(name);
  });

  it('finds nothing in plain markup', () => {
    expect(detectWebsiteTechnologies('<html><body><p>Hello, we use React and WordPress daily.</p></body></html>')).toEqual([]);
  });
});
