// Credentials that providers print in their own documentation and SDK samples: public, revoked or restricted,
// and pasted into countless tutorials, so they are not findings. Kept as SHA-256 digests of the exact value (and
// its length, so that most candidates are never hashed): the repository holds no realistic-looking token.
// `source` names the page where the value is published. Add an entry with
// `printf '%s' '<value>' | sha256sum` and `printf '%s' '<value>' | wc -c`.

/** One published value, by digest. */
export interface PublishedExample {
  readonly sha256: string;
  readonly length: number;
  readonly source: string;
}

export const PUBLISHED_EXAMPLES: readonly PublishedExample[] = [
  // Google Maps Platform: the browser API key of the Maps JavaScript API samples (restricted to Google's sample sites).
  {
    sha256: 'e4902a0b38812b15ed5701b17fd4fd8c69d7e176d7517fa791981dc77e3b5e0d',
    length: 39,
    source: 'https://developers.google.com/maps/documentation/javascript/examples/map-simple',
  },
  // Firebase: the "Example value" of a Firebase API key in the description of Firebase config files.
  {
    sha256: '95a4db2dd430bb3f690bf0c7487f3bc86017ee3030c65ed28f9c66141c4d99d7',
    length: 37,
    source: 'https://firebase.google.com/docs/projects/learn-more#config-files-objects',
  },
  // AWS: the example access key ID used throughout the AWS documentation.
  {
    sha256: '1a5d44a2dca19669d72edf4c4f1c27c4c1ca4b4408fbb17f6ce4ad452d78ddb3',
    length: 20,
    source: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_access-keys.html',
  },
  // AWS: the example secret access key paired with it.
  {
    sha256: '78314b11be2e581549ac1c4f616563fad3fdf0c3b71678f6e2299182080e0598',
    length: 40,
    source: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_access-keys.html',
  },
  // Tencent Cloud: the SecretId in the DescribeApiKey request and response examples of the API Gateway API.
  {
    sha256: 'dc216d317e14de762be374d6dc1ba31f70de0559f347e182641f926b971ec3cf',
    length: 40,
    source: 'https://cloud.tencent.com/document/api/628/14940',
  },
  // Tencent Cloud: the AccessKeySecret in the same response example.
  {
    sha256: '75daee48c202f140916ad451a6d0c7ee74d1b68c9a8263f5c37cc7ff4ecb0fa4',
    length: 40,
    source: 'https://cloud.tencent.com/document/api/628/14940',
  },
  // Stripe: the test-mode secret key shown in the API reference to readers who are not signed in.
  {
    sha256: '2cafc0970149a84f3b9e62eaf169f36f59907a3b3e31f7b82e68c69cd27f7326',
    length: 32,
    source: 'https://docs.stripe.com/api/authentication',
  },
  // Stripe: the test-mode publishable key shown next to it.
  {
    sha256: 'b1471f544ceeea31333bde7e1ecbaad6eac0d4a749412ad29bd66ef895b81c6b',
    length: 32,
    source: 'https://docs.stripe.com/keys',
  },
  // Azure: the well-known account key of the storage emulator (Azurite), the same on every machine.
  {
    sha256: '0011cc25eb4320717494d2703e8cba85743e71b500283c21c8b88147992f9059',
    length: 88,
    source: 'https://learn.microsoft.com/en-us/azure/storage/common/storage-use-azurite#http-connection-strings',
  },
  // Mapbox: the public access token of the "examples" account used by every Mapbox GL JS example.
  {
    sha256: '43552303e04960afffbd60d00ef4adefb2848f068d7d7a4c58177764c9f83e94',
    length: 90,
    source: 'https://docs.mapbox.com/mapbox-gl-js/example/simple-map/',
  },
  // X (Twitter): the fake app-only bearer token in the example request of the OAuth 2.0 overview (up to its '?').
  {
    sha256: '6d544ed6105eb4dd3b8069ba49c5cf0778400bdf367f7f1d5cbb6f19c37af40b',
    length: 97,
    source: 'https://docs.x.com/fundamentals/authentication/oauth-2-0',
  },
];
