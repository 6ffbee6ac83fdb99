import {
  bool,
  int,
  int32,
  list,
  notSimulated,
  obj,
  oneOf,
  str,
  stringMap,
  type Schema,
} from './taskDefinitionBuilders';

/**
 * Request schemas of the Elastic Load Balancing v2 operations, with the members, enums and limits of the AWS
 * model (botocore `elbv2/2015-12-01`). Where the model sets no limit, lists are bounded at 1,000 items and
 * strings at 2,048 characters, as for the other services.
 */

const anyList = <T>(items: Schema<T>) => list(items, 1000);

export const PROTOCOLS = [
  'HTTP',
  'HTTPS',
  'TCP',
  'TLS',
  'UDP',
  'TCP_UDP',
  'GENEVE',
  'QUIC',
  'TCP_QUIC',
] as const;
export const TARGET_TYPES = ['instance', 'ip', 'lambda', 'alb'] as const;
export const LOAD_BALANCER_TYPES = ['application', 'network', 'gateway'] as const;
export const ACTION_TYPES = [
  'forward',
  'authenticate-oidc',
  'authenticate-cognito',
  'redirect',
  'fixed-response',
  'jwt-validation',
] as const;

const port = () => int(1, 65535);
const pageSize = () => int(1, 400);
const tag = obj(
  {
    Key: str({ minLength: 1, maxLength: 128, pattern: '^([\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*)$' }),
    Value: str({ maxLength: 256, pattern: '^([\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*)$' }),
  },
  ['Key'],
);
const tags = () => notSimulated(anyList(tag));
const matcher = obj({ HttpCode: str(), GrpcCode: notSimulated(str()) });

/** `Targets[]`: an instance id or IPv4 address, with the port it receives traffic on. */
const targetDescription = obj(
  {
    Id: str(),
    Port: port(),
    AvailabilityZone: notSimulated(str()),
    QuicServerId: notSimulated(str({ minLength: 1, maxLength: 256 })),
  },
  ['Id'],
);

export const createLoadBalancerSchema = obj(
  {
    Name: str({ maxLength: 32 }),
    Subnets: anyList(str()),
    SubnetMappings: anyList(
      obj({
        SubnetId: str(),
        AllocationId: notSimulated(str()),
        PrivateIPv4Address: notSimulated(str()),
        IPv6Address: notSimulated(str()),
        SourceNatIpv6Prefix: notSimulated(str()),
      }),
    ),
    SecurityGroups: anyList(str()),
    Scheme: oneOf(['internet-facing', 'internal']),
    Tags: tags(),
    Type: oneOf(LOAD_BALANCER_TYPES),
    IpAddressType: notSimulated(oneOf(['ipv4', 'dualstack', 'dualstack-without-public-ipv4'])),
    CustomerOwnedIpv4Pool: notSimulated(str({ maxLength: 256, pattern: '^(ipv4pool-coip-)[a-zA-Z0-9]+$' })),
    EnablePrefixForIpv6SourceNat: notSimulated(oneOf(['on', 'off'])),
    IpamPools: notSimulated(
      obj({ Ipv4IpamPoolId: str({ maxLength: 1000, pattern: '^(ipam-pool-)[a-zA-Z0-9]+$' }) }),
    ),
  },
  ['Name'],
);

export const describeLoadBalancersSchema = obj({
  LoadBalancerArns: anyList(str()),
  Names: anyList(str({ maxLength: 32 })),
  Marker: notSimulated(str()),
  PageSize: notSimulated(pageSize()),
});

export const deleteLoadBalancerSchema = obj({ LoadBalancerArn: str() }, ['LoadBalancerArn']);

/** The health check members CreateTargetGroup and ModifyTargetGroup share. */
const healthCheckMembers = {
  HealthCheckProtocol: oneOf(PROTOCOLS),
  HealthCheckPort: str(),
  HealthCheckEnabled: bool(),
  HealthCheckPath: str({ minLength: 1, maxLength: 1024 }),
  HealthCheckIntervalSeconds: int(5, 300),
  HealthCheckTimeoutSeconds: int(2, 120),
  HealthyThresholdCount: int(2, 10),
  UnhealthyThresholdCount: int(2, 10),
  Matcher: matcher,
};

export const createTargetGroupSchema = obj(
  {
    Name: str({ maxLength: 32 }),
    Protocol: oneOf(PROTOCOLS),
    ProtocolVersion: notSimulated(str()),
    Port: port(),
    VpcId: str(),
    ...healthCheckMembers,
    TargetType: oneOf(TARGET_TYPES),
    Tags: tags(),
    IpAddressType: notSimulated(oneOf(['ipv4', 'ipv6'])),
    TargetControlPort: notSimulated(port()),
  },
  ['Name'],
);

export const modifyTargetGroupSchema = obj({ TargetGroupArn: str(), ...healthCheckMembers }, [
  'TargetGroupArn',
]);

export const describeTargetGroupsSchema = obj({
  LoadBalancerArn: str(),
  TargetGroupArns: anyList(str()),
  Names: anyList(str({ maxLength: 32 })),
  Marker: notSimulated(str()),
  PageSize: notSimulated(pageSize()),
});

export const deleteTargetGroupSchema = obj({ TargetGroupArn: str() }, ['TargetGroupArn']);

export const describeTargetGroupAttributesSchema = obj({ TargetGroupArn: str() }, ['TargetGroupArn']);

export const modifyTargetGroupAttributesSchema = obj(
  {
    TargetGroupArn: str(),
    Attributes: anyList(obj({ Key: str({ maxLength: 256, pattern: '^[a-zA-Z0-9._]+$' }), Value: str() })),
  },
  ['TargetGroupArn', 'Attributes'],
);

const authenticationExtras = {
  SessionCookieName: str(),
  Scope: str(),
  SessionTimeout: int32(),
  AuthenticationRequestExtraParams: stringMap(),
  OnUnauthenticatedRequest: oneOf(['deny', 'allow', 'authenticate']),
};

/** A listener action. Only `forward` routes anything in the sandbox; the other configurations are kept as given. */
const action = obj(
  {
    Type: oneOf(ACTION_TYPES),
    TargetGroupArn: str(),
    AuthenticateOidcConfig: notSimulated(
      obj(
        {
          Issuer: str(),
          AuthorizationEndpoint: str(),
          TokenEndpoint: str(),
          UserInfoEndpoint: str(),
          ClientId: str(),
          ClientSecret: str(),
          ...authenticationExtras,
          UseExistingClientSecret: bool(),
        },
        ['Issuer', 'AuthorizationEndpoint', 'TokenEndpoint', 'UserInfoEndpoint', 'ClientId'],
      ),
    ),
    AuthenticateCognitoConfig: notSimulated(
      obj({ UserPoolArn: str(), UserPoolClientId: str(), UserPoolDomain: str(), ...authenticationExtras }, [
        'UserPoolArn',
        'UserPoolClientId',
        'UserPoolDomain',
      ]),
    ),
    Order: int(1, 50000),
    RedirectConfig: notSimulated(
      obj(
        {
          Protocol: str(),
          Port: str(),
          Host: str({ minLength: 1, maxLength: 128 }),
          Path: str({ minLength: 1, maxLength: 128 }),
          Query: str({ maxLength: 128 }),
          StatusCode: oneOf(['HTTP_301', 'HTTP_302']),
        },
        ['StatusCode'],
      ),
    ),
    FixedResponseConfig: notSimulated(
      obj({ MessageBody: str({ maxLength: 1024 }), StatusCode: str(), ContentType: str({ maxLength: 32 }) }, [
        'StatusCode',
      ]),
    ),
    ForwardConfig: obj({
      TargetGroups: anyList(obj({ TargetGroupArn: str(), Weight: notSimulated(int32()) })),
      TargetGroupStickinessConfig: notSimulated(obj({ Enabled: bool(), DurationSeconds: int32() })),
    }),
    JwtValidationConfig: notSimulated(
      obj(
        {
          JwksEndpoint: str(),
          Issuer: str(),
          AdditionalClaims: anyList(
            obj(
              {
                Format: oneOf(['single-string', 'string-array', 'space-separated-values']),
                Name: str(),
                Values: anyList(str()),
              },
              ['Format', 'Name', 'Values'],
            ),
          ),
        },
        ['JwksEndpoint', 'Issuer'],
      ),
    ),
  },
  ['Type'],
);

export const createListenerSchema = obj(
  {
    LoadBalancerArn: str(),
    Protocol: oneOf(PROTOCOLS),
    Port: port(),
    SslPolicy: notSimulated(str()),
    Certificates: notSimulated(anyList(obj({ CertificateArn: str(), IsDefault: bool() }))),
    DefaultActions: anyList(action),
    AlpnPolicy: notSimulated(anyList(str())),
    Tags: tags(),
    MutualAuthentication: notSimulated(
      obj({
        Mode: str(),
        TrustStoreArn: str(),
        IgnoreClientCertificateExpiry: bool(),
        TrustStoreAssociationStatus: oneOf(['active', 'removed']),
        AdvertiseTrustStoreCaNames: oneOf(['on', 'off']),
      }),
    ),
  },
  ['LoadBalancerArn', 'DefaultActions'],
);

export const describeListenersSchema = obj({
  LoadBalancerArn: str(),
  ListenerArns: anyList(str()),
  Marker: notSimulated(str()),
  PageSize: notSimulated(pageSize()),
});

export const deleteListenerSchema = obj({ ListenerArn: str() }, ['ListenerArn']);

export const registerTargetsSchema = obj({ TargetGroupArn: str(), Targets: anyList(targetDescription) }, [
  'TargetGroupArn',
  'Targets',
]);

export const deregisterTargetsSchema = registerTargetsSchema;

export const describeTargetHealthSchema = obj(
  {
    TargetGroupArn: str(),
    Targets: anyList(targetDescription),
    Include: notSimulated(anyList(oneOf(['AnomalyDetection', 'All']))),
  },
  ['TargetGroupArn'],
);

/** The condition fields of the AWS model (`Field` of RuleCondition). */
export const CONDITION_FIELDS = [
  'http-header',
  'http-request-method',
  'host-header',
  'path-pattern',
  'query-string',
  'source-ip',
] as const;

const valuesConfig = () => notSimulated(obj({ Values: anyList(str({ maxLength: 128 })) }));

const condition = obj({
  Field: oneOf(CONDITION_FIELDS),
  Values: anyList(str({ maxLength: 128 })),
  HostHeaderConfig: valuesConfig(),
  PathPatternConfig: valuesConfig(),
  HttpHeaderConfig: notSimulated(
    obj({ HttpHeaderName: str({ maxLength: 40 }), Values: anyList(str({ maxLength: 128 })) }),
  ),
  QueryStringConfig: notSimulated(
    obj({ Values: anyList(obj({ Key: str({ maxLength: 128 }), Value: str({ maxLength: 128 }) })) }),
  ),
  HttpRequestMethodConfig: valuesConfig(),
  SourceIpConfig: valuesConfig(),
});

export const createRuleSchema = obj(
  {
    ListenerArn: str(),
    Conditions: anyList(condition),
    Priority: int(1, 50000),
    Actions: anyList(action),
    Tags: tags(),
  },
  ['ListenerArn', 'Conditions', 'Priority', 'Actions'],
);

export const describeRulesSchema = obj({
  ListenerArn: str(),
  RuleArns: anyList(str()),
  Marker: notSimulated(str()),
  PageSize: notSimulated(pageSize()),
});

export const modifyRuleSchema = obj(
  { RuleArn: str(), Conditions: anyList(condition), Actions: anyList(action) },
  ['RuleArn'],
);

export const deleteRuleSchema = obj({ RuleArn: str() }, ['RuleArn']);
