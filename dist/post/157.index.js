export const id = 157;
export const ids = [157];
export const modules = {

/***/ 5157:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  IAMClient: () => (/* reexport */ IAMClient)
});

// UNUSED EXPORTS: $Command, AcceptDelegationRequest$, AcceptDelegationRequestCommand, AcceptDelegationRequestRequest$, AccessAdvisorUsageGranularityType, AccessDetail$, AccessKey$, AccessKeyLastUsed$, AccessKeyMetadata$, AccountNotManagementOrDelegatedAdministratorException, AccountNotManagementOrDelegatedAdministratorException$, AcquireRole$, AcquireRoleCommand, AcquireRoleRequest$, AcquireRoleResponse$, AddClientIDToOpenIDConnectProvider$, AddClientIDToOpenIDConnectProviderCommand, AddClientIDToOpenIDConnectProviderRequest$, AddRoleToInstanceProfile$, AddRoleToInstanceProfileCommand, AddRoleToInstanceProfileRequest$, AddUserToGroup$, AddUserToGroupCommand, AddUserToGroupRequest$, AssertionEncryptionModeType, AssignmentStatusType, AssociateDelegationRequest$, AssociateDelegationRequestCommand, AssociateDelegationRequestRequest$, AttachGroupPolicy$, AttachGroupPolicyCommand, AttachGroupPolicyRequest$, AttachRolePolicy$, AttachRolePolicyCommand, AttachRolePolicyRequest$, AttachUserPolicy$, AttachUserPolicyCommand, AttachUserPolicyRequest$, AttachedPermissionsBoundary$, AttachedPolicy$, AttachmentType, CallerIsNotManagementAccountException, CallerIsNotManagementAccountException$, ChangePassword$, ChangePasswordCommand, ChangePasswordRequest$, ConcurrentModificationException, ConcurrentModificationException$, ContextEntry$, ContextKeyTypeEnum, CreateAccessKey$, CreateAccessKeyCommand, CreateAccessKeyRequest$, CreateAccessKeyResponse$, CreateAccountAlias$, CreateAccountAliasCommand, CreateAccountAliasRequest$, CreateDelegationRequest$, CreateDelegationRequestCommand, CreateDelegationRequestRequest$, CreateDelegationRequestResponse$, CreateGroup$, CreateGroupCommand, CreateGroupRequest$, CreateGroupResponse$, CreateInstanceProfile$, CreateInstanceProfileCommand, CreateInstanceProfileRequest$, CreateInstanceProfileResponse$, CreateLoginProfile$, CreateLoginProfileCommand, CreateLoginProfileRequest$, CreateLoginProfileResponse$, CreateOpenIDConnectProvider$, CreateOpenIDConnectProviderCommand, CreateOpenIDConnectProviderRequest$, CreateOpenIDConnectProviderResponse$, CreatePolicy$, CreatePolicyCommand, CreatePolicyRequest$, CreatePolicyResponse$, CreatePolicyVersion$, CreatePolicyVersionCommand, CreatePolicyVersionRequest$, CreatePolicyVersionResponse$, CreateRole$, CreateRoleCommand, CreateRoleRequest$, CreateRoleResponse$, CreateSAMLProvider$, CreateSAMLProviderCommand, CreateSAMLProviderRequest$, CreateSAMLProviderResponse$, CreateServiceLinkedRole$, CreateServiceLinkedRoleCommand, CreateServiceLinkedRoleRequest$, CreateServiceLinkedRoleResponse$, CreateServiceSpecificCredential$, CreateServiceSpecificCredentialCommand, CreateServiceSpecificCredentialRequest$, CreateServiceSpecificCredentialResponse$, CreateUser$, CreateUserCommand, CreateUserRequest$, CreateUserResponse$, CreateVirtualMFADevice$, CreateVirtualMFADeviceCommand, CreateVirtualMFADeviceRequest$, CreateVirtualMFADeviceResponse$, CredentialReportExpiredException, CredentialReportExpiredException$, CredentialReportNotPresentException, CredentialReportNotPresentException$, CredentialReportNotReadyException, CredentialReportNotReadyException$, DeactivateMFADevice$, DeactivateMFADeviceCommand, DeactivateMFADeviceRequest$, DelegationPermission$, DelegationRequest$, DeleteAccessKey$, DeleteAccessKeyCommand, DeleteAccessKeyRequest$, DeleteAccountAlias$, DeleteAccountAliasCommand, DeleteAccountAliasRequest$, DeleteAccountPasswordPolicy$, DeleteAccountPasswordPolicyCommand, DeleteConflictException, DeleteConflictException$, DeleteGroup$, DeleteGroupCommand, DeleteGroupPolicy$, DeleteGroupPolicyCommand, DeleteGroupPolicyRequest$, DeleteGroupRequest$, DeleteInstanceProfile$, DeleteInstanceProfileCommand, DeleteInstanceProfileRequest$, DeleteLoginProfile$, DeleteLoginProfileCommand, DeleteLoginProfileRequest$, DeleteOpenIDConnectProvider$, DeleteOpenIDConnectProviderCommand, DeleteOpenIDConnectProviderRequest$, DeletePolicy$, DeletePolicyCommand, DeletePolicyRequest$, DeletePolicyVersion$, DeletePolicyVersionCommand, DeletePolicyVersionRequest$, DeleteRole$, DeleteRoleCommand, DeleteRolePermissionsBoundary$, DeleteRolePermissionsBoundaryCommand, DeleteRolePermissionsBoundaryRequest$, DeleteRolePolicy$, DeleteRolePolicyCommand, DeleteRolePolicyRequest$, DeleteRoleRequest$, DeleteSAMLProvider$, DeleteSAMLProviderCommand, DeleteSAMLProviderRequest$, DeleteSSHPublicKey$, DeleteSSHPublicKeyCommand, DeleteSSHPublicKeyRequest$, DeleteServerCertificate$, DeleteServerCertificateCommand, DeleteServerCertificateRequest$, DeleteServiceLinkedRole$, DeleteServiceLinkedRoleCommand, DeleteServiceLinkedRoleRequest$, DeleteServiceLinkedRoleResponse$, DeleteServiceSpecificCredential$, DeleteServiceSpecificCredentialCommand, DeleteServiceSpecificCredentialRequest$, DeleteSigningCertificate$, DeleteSigningCertificateCommand, DeleteSigningCertificateRequest$, DeleteUser$, DeleteUserCommand, DeleteUserPermissionsBoundary$, DeleteUserPermissionsBoundaryCommand, DeleteUserPermissionsBoundaryRequest$, DeleteUserPolicy$, DeleteUserPolicyCommand, DeleteUserPolicyRequest$, DeleteUserRequest$, DeleteVirtualMFADevice$, DeleteVirtualMFADeviceCommand, DeleteVirtualMFADeviceRequest$, DeletionTaskFailureReasonType$, DeletionTaskStatusType, DetachGroupPolicy$, DetachGroupPolicyCommand, DetachGroupPolicyRequest$, DetachRolePolicy$, DetachRolePolicyCommand, DetachRolePolicyRequest$, DetachUserPolicy$, DetachUserPolicyCommand, DetachUserPolicyRequest$, DisableOrganizationsRootCredentialsManagement$, DisableOrganizationsRootCredentialsManagementCommand, DisableOrganizationsRootCredentialsManagementRequest$, DisableOrganizationsRootCredentialsManagementResponse$, DisableOrganizationsRootSessions$, DisableOrganizationsRootSessionsCommand, DisableOrganizationsRootSessionsRequest$, DisableOrganizationsRootSessionsResponse$, DisableOutboundWebIdentityFederation$, DisableOutboundWebIdentityFederationCommand, DuplicateCertificateException, DuplicateCertificateException$, DuplicateSSHPublicKeyException, DuplicateSSHPublicKeyException$, EnableMFADevice$, EnableMFADeviceCommand, EnableMFADeviceRequest$, EnableOrganizationsRootCredentialsManagement$, EnableOrganizationsRootCredentialsManagementCommand, EnableOrganizationsRootCredentialsManagementRequest$, EnableOrganizationsRootCredentialsManagementResponse$, EnableOrganizationsRootSessions$, EnableOrganizationsRootSessionsCommand, EnableOrganizationsRootSessionsRequest$, EnableOrganizationsRootSessionsResponse$, EnableOutboundWebIdentityFederation$, EnableOutboundWebIdentityFederationCommand, EnableOutboundWebIdentityFederationResponse$, EncodingType, EntityAlreadyExistsException, EntityAlreadyExistsException$, EntityDetails$, EntityInfo$, EntityTemporarilyUnmodifiableException, EntityTemporarilyUnmodifiableException$, EntityType, ErrorDetails$, EvaluationResult$, FeatureDisabledException, FeatureDisabledException$, FeatureEnabledException, FeatureEnabledException$, FeatureType, GenerateCredentialReport$, GenerateCredentialReportCommand, GenerateCredentialReportResponse$, GenerateOrganizationsAccessReport$, GenerateOrganizationsAccessReportCommand, GenerateOrganizationsAccessReportRequest$, GenerateOrganizationsAccessReportResponse$, GenerateServiceLastAccessedDetails$, GenerateServiceLastAccessedDetailsCommand, GenerateServiceLastAccessedDetailsRequest$, GenerateServiceLastAccessedDetailsResponse$, GetAccessKeyLastUsed$, GetAccessKeyLastUsedCommand, GetAccessKeyLastUsedRequest$, GetAccessKeyLastUsedResponse$, GetAccountAuthorizationDetails$, GetAccountAuthorizationDetailsCommand, GetAccountAuthorizationDetailsRequest$, GetAccountAuthorizationDetailsResponse$, GetAccountPasswordPolicy$, GetAccountPasswordPolicyCommand, GetAccountPasswordPolicyResponse$, GetAccountProperties$, GetAccountPropertiesCommand, GetAccountPropertiesRequest$, GetAccountPropertiesResponse$, GetAccountSummary$, GetAccountSummaryCommand, GetAccountSummaryResponse$, GetContextKeysForCustomPolicy$, GetContextKeysForCustomPolicyCommand, GetContextKeysForCustomPolicyRequest$, GetContextKeysForPolicyResponse$, GetContextKeysForPrincipalPolicy$, GetContextKeysForPrincipalPolicyCommand, GetContextKeysForPrincipalPolicyRequest$, GetCredentialReport$, GetCredentialReportCommand, GetCredentialReportResponse$, GetDelegationRequest$, GetDelegationRequestCommand, GetDelegationRequestRequest$, GetDelegationRequestResponse$, GetGroup$, GetGroupCommand, GetGroupPolicy$, GetGroupPolicyCommand, GetGroupPolicyRequest$, GetGroupPolicyResponse$, GetGroupRequest$, GetGroupResponse$, GetHumanReadableSummary$, GetHumanReadableSummaryCommand, GetHumanReadableSummaryRequest$, GetHumanReadableSummaryResponse$, GetInstanceProfile$, GetInstanceProfileCommand, GetInstanceProfileRequest$, GetInstanceProfileResponse$, GetLoginProfile$, GetLoginProfileCommand, GetLoginProfileRequest$, GetLoginProfileResponse$, GetMFADevice$, GetMFADeviceCommand, GetMFADeviceRequest$, GetMFADeviceResponse$, GetOpenIDConnectProvider$, GetOpenIDConnectProviderCommand, GetOpenIDConnectProviderRequest$, GetOpenIDConnectProviderResponse$, GetOrganizationsAccessReport$, GetOrganizationsAccessReportCommand, GetOrganizationsAccessReportRequest$, GetOrganizationsAccessReportResponse$, GetOutboundWebIdentityFederationInfo$, GetOutboundWebIdentityFederationInfoCommand, GetOutboundWebIdentityFederationInfoResponse$, GetPolicy$, GetPolicyCommand, GetPolicyRequest$, GetPolicyResponse$, GetPolicyVersion$, GetPolicyVersionCommand, GetPolicyVersionRequest$, GetPolicyVersionResponse$, GetRole$, GetRoleCommand, GetRolePolicy$, GetRolePolicyCommand, GetRolePolicyRequest$, GetRolePolicyResponse$, GetRoleRequest$, GetRoleResponse$, GetRoleTemplateVersion$, GetRoleTemplateVersionCommand, GetRoleTemplateVersionRequest$, GetRoleTemplateVersionResponse$, GetSAMLProvider$, GetSAMLProviderCommand, GetSAMLProviderRequest$, GetSAMLProviderResponse$, GetSSHPublicKey$, GetSSHPublicKeyCommand, GetSSHPublicKeyRequest$, GetSSHPublicKeyResponse$, GetServerCertificate$, GetServerCertificateCommand, GetServerCertificateRequest$, GetServerCertificateResponse$, GetServiceLastAccessedDetails$, GetServiceLastAccessedDetailsCommand, GetServiceLastAccessedDetailsRequest$, GetServiceLastAccessedDetailsResponse$, GetServiceLastAccessedDetailsWithEntities$, GetServiceLastAccessedDetailsWithEntitiesCommand, GetServiceLastAccessedDetailsWithEntitiesRequest$, GetServiceLastAccessedDetailsWithEntitiesResponse$, GetServiceLinkedRoleDeletionStatus$, GetServiceLinkedRoleDeletionStatusCommand, GetServiceLinkedRoleDeletionStatusRequest$, GetServiceLinkedRoleDeletionStatusResponse$, GetUser$, GetUserCommand, GetUserPolicy$, GetUserPolicyCommand, GetUserPolicyRequest$, GetUserPolicyResponse$, GetUserRequest$, GetUserResponse$, GlobalEndpointTokenVersion, Group$, GroupDetail$, IAM, IAMServiceException, IAMServiceException$, InlinePolicy$, InlinePolicyIdentifierType$, InstanceProfile$, InvalidAuthenticationCodeException, InvalidAuthenticationCodeException$, InvalidCertificateException, InvalidCertificateException$, InvalidInputException, InvalidInputException$, InvalidPublicKeyException, InvalidPublicKeyException$, InvalidUserTypeException, InvalidUserTypeException$, JobStatusType, KeyPairMismatchException, KeyPairMismatchException$, LimitExceededException, LimitExceededException$, ListAccessKeys$, ListAccessKeysCommand, ListAccessKeysRequest$, ListAccessKeysResponse$, ListAccountAliases$, ListAccountAliasesCommand, ListAccountAliasesRequest$, ListAccountAliasesResponse$, ListAttachedGroupPolicies$, ListAttachedGroupPoliciesCommand, ListAttachedGroupPoliciesRequest$, ListAttachedGroupPoliciesResponse$, ListAttachedRolePolicies$, ListAttachedRolePoliciesCommand, ListAttachedRolePoliciesRequest$, ListAttachedRolePoliciesResponse$, ListAttachedUserPolicies$, ListAttachedUserPoliciesCommand, ListAttachedUserPoliciesRequest$, ListAttachedUserPoliciesResponse$, ListDelegationRequests$, ListDelegationRequestsCommand, ListDelegationRequestsRequest$, ListDelegationRequestsResponse$, ListEntitiesForPolicy$, ListEntitiesForPolicyCommand, ListEntitiesForPolicyRequest$, ListEntitiesForPolicyResponse$, ListGroupPolicies$, ListGroupPoliciesCommand, ListGroupPoliciesRequest$, ListGroupPoliciesResponse$, ListGroups$, ListGroupsCommand, ListGroupsForUser$, ListGroupsForUserCommand, ListGroupsForUserRequest$, ListGroupsForUserResponse$, ListGroupsRequest$, ListGroupsResponse$, ListInstanceProfileTags$, ListInstanceProfileTagsCommand, ListInstanceProfileTagsRequest$, ListInstanceProfileTagsResponse$, ListInstanceProfiles$, ListInstanceProfilesCommand, ListInstanceProfilesForRole$, ListInstanceProfilesForRoleCommand, ListInstanceProfilesForRoleRequest$, ListInstanceProfilesForRoleResponse$, ListInstanceProfilesRequest$, ListInstanceProfilesResponse$, ListMFADeviceTags$, ListMFADeviceTagsCommand, ListMFADeviceTagsRequest$, ListMFADeviceTagsResponse$, ListMFADevices$, ListMFADevicesCommand, ListMFADevicesRequest$, ListMFADevicesResponse$, ListOpenIDConnectProviderTags$, ListOpenIDConnectProviderTagsCommand, ListOpenIDConnectProviderTagsRequest$, ListOpenIDConnectProviderTagsResponse$, ListOpenIDConnectProviders$, ListOpenIDConnectProvidersCommand, ListOpenIDConnectProvidersRequest$, ListOpenIDConnectProvidersResponse$, ListOrganizationsFeatures$, ListOrganizationsFeaturesCommand, ListOrganizationsFeaturesRequest$, ListOrganizationsFeaturesResponse$, ListPolicies$, ListPoliciesCommand, ListPoliciesGrantingServiceAccess$, ListPoliciesGrantingServiceAccessCommand, ListPoliciesGrantingServiceAccessEntry$, ListPoliciesGrantingServiceAccessRequest$, ListPoliciesGrantingServiceAccessResponse$, ListPoliciesRequest$, ListPoliciesResponse$, ListPolicyTags$, ListPolicyTagsCommand, ListPolicyTagsRequest$, ListPolicyTagsResponse$, ListPolicyVersions$, ListPolicyVersionsCommand, ListPolicyVersionsRequest$, ListPolicyVersionsResponse$, ListRolePolicies$, ListRolePoliciesCommand, ListRolePoliciesRequest$, ListRolePoliciesResponse$, ListRoleTags$, ListRoleTagsCommand, ListRoleTagsRequest$, ListRoleTagsResponse$, ListRoles$, ListRolesCommand, ListRolesRequest$, ListRolesResponse$, ListSAMLProviderTags$, ListSAMLProviderTagsCommand, ListSAMLProviderTagsRequest$, ListSAMLProviderTagsResponse$, ListSAMLProviders$, ListSAMLProvidersCommand, ListSAMLProvidersRequest$, ListSAMLProvidersResponse$, ListSSHPublicKeys$, ListSSHPublicKeysCommand, ListSSHPublicKeysRequest$, ListSSHPublicKeysResponse$, ListServerCertificateTags$, ListServerCertificateTagsCommand, ListServerCertificateTagsRequest$, ListServerCertificateTagsResponse$, ListServerCertificates$, ListServerCertificatesCommand, ListServerCertificatesRequest$, ListServerCertificatesResponse$, ListServiceSpecificCredentials$, ListServiceSpecificCredentialsCommand, ListServiceSpecificCredentialsRequest$, ListServiceSpecificCredentialsResponse$, ListSigningCertificates$, ListSigningCertificatesCommand, ListSigningCertificatesRequest$, ListSigningCertificatesResponse$, ListUserPolicies$, ListUserPoliciesCommand, ListUserPoliciesRequest$, ListUserPoliciesResponse$, ListUserTags$, ListUserTagsCommand, ListUserTagsRequest$, ListUserTagsResponse$, ListUsers$, ListUsersCommand, ListUsersRequest$, ListUsersResponse$, ListVirtualMFADevices$, ListVirtualMFADevicesCommand, ListVirtualMFADevicesRequest$, ListVirtualMFADevicesResponse$, LoginProfile$, MFADevice$, MalformedCertificateException, MalformedCertificateException$, MalformedPolicyDocumentException, MalformedPolicyDocumentException$, ManagedByTypeType, ManagedPolicyDetail$, NameConflictException, NameConflictException$, NoSuchEntityException, NoSuchEntityException$, OpenIDConnectProviderListEntry$, OpenIdIdpCommunicationErrorException, OpenIdIdpCommunicationErrorException$, OrderedOrganizationPolicyType$, OrganizationNotFoundException, OrganizationNotFoundException$, OrganizationNotInAllFeaturesModeException, OrganizationNotInAllFeaturesModeException$, OrganizationsDecisionDetail$, ParameterDefinition$, ParameterTypeType, PasswordPolicy$, PasswordPolicyViolationException, PasswordPolicyViolationException$, PermissionCheckResultType, PermissionCheckStatusType, PermissionsBoundaryAttachmentType, PermissionsBoundaryDecisionDetail$, Policy$, PolicyDetail$, PolicyEvaluationDecisionType, PolicyEvaluationException, PolicyEvaluationException$, PolicyGrantingServiceAccess$, PolicyGroup$, PolicyIdentifier$, PolicyIdentifierPolicyType, PolicyNotAttachableException, PolicyNotAttachableException$, PolicyOwnerEntityType, PolicyParameter$, PolicyParameterTypeEnum, PolicyRole$, PolicyScopeType, PolicySourceType, PolicyType, PolicyUsageType, PolicyUser$, PolicyVersion$, Position$, PutAccountProperties$, PutAccountPropertiesCommand, PutAccountPropertiesRequest$, PutAccountPropertiesResponse$, PutGroupPolicy$, PutGroupPolicyCommand, PutGroupPolicyRequest$, PutRolePermissionsBoundary$, PutRolePermissionsBoundaryCommand, PutRolePermissionsBoundaryRequest$, PutRolePolicy$, PutRolePolicyCommand, PutRolePolicyRequest$, PutUserPermissionsBoundary$, PutUserPermissionsBoundaryCommand, PutUserPermissionsBoundaryRequest$, PutUserPolicy$, PutUserPolicyCommand, PutUserPolicyRequest$, RejectDelegationRequest$, RejectDelegationRequestCommand, RejectDelegationRequestRequest$, RemoveClientIDFromOpenIDConnectProvider$, RemoveClientIDFromOpenIDConnectProviderCommand, RemoveClientIDFromOpenIDConnectProviderRequest$, RemoveRoleFromInstanceProfile$, RemoveRoleFromInstanceProfileCommand, RemoveRoleFromInstanceProfileRequest$, RemoveUserFromGroup$, RemoveUserFromGroupCommand, RemoveUserFromGroupRequest$, ReplacementValueEntry$, ReportFormatType, ReportGenerationLimitExceededException, ReportGenerationLimitExceededException$, ReportStateType, ResetServiceSpecificCredential$, ResetServiceSpecificCredentialCommand, ResetServiceSpecificCredentialRequest$, ResetServiceSpecificCredentialResponse$, ResourceSpecificResult$, ResyncMFADevice$, ResyncMFADeviceCommand, ResyncMFADeviceRequest$, Role$, RoleDetail$, RoleLastUsed$, RoleModifiedException, RoleModifiedException$, RoleTemplateDisabledException, RoleTemplateDisabledException$, RoleTemplateVersion$, RoleUsageType$, SAMLPrivateKey$, SAMLProviderListEntry$, SSHPublicKey$, SSHPublicKeyMetadata$, SendDelegationToken$, SendDelegationTokenCommand, SendDelegationTokenRequest$, ServerCertificate$, ServerCertificateMetadata$, ServiceAccessNotEnabledException, ServiceAccessNotEnabledException$, ServiceFailureException, ServiceFailureException$, ServiceLastAccessed$, ServiceNotSupportedException, ServiceNotSupportedException$, ServiceSpecificCredential$, ServiceSpecificCredentialMetadata$, SetDefaultPolicyVersion$, SetDefaultPolicyVersionCommand, SetDefaultPolicyVersionRequest$, SetSecurityTokenServicePreferences$, SetSecurityTokenServicePreferencesCommand, SetSecurityTokenServicePreferencesRequest$, SigningCertificate$, SimulateCustomPolicy$, SimulateCustomPolicyCommand, SimulateCustomPolicyRequest$, SimulatePolicyResponse$, SimulatePrincipalPolicy$, SimulatePrincipalPolicyCommand, SimulatePrincipalPolicyRequest$, SortKeyType, SourceRoleTemplate$, StateType, Statement$, StatusType, SummaryKeyType, SummaryStateType, Tag$, TagInstanceProfile$, TagInstanceProfileCommand, TagInstanceProfileRequest$, TagMFADevice$, TagMFADeviceCommand, TagMFADeviceRequest$, TagOpenIDConnectProvider$, TagOpenIDConnectProviderCommand, TagOpenIDConnectProviderRequest$, TagPolicy$, TagPolicyCommand, TagPolicyRequest$, TagRole$, TagRoleCommand, TagRoleRequest$, TagSAMLProvider$, TagSAMLProviderCommand, TagSAMLProviderRequest$, TagServerCertificate$, TagServerCertificateCommand, TagServerCertificateRequest$, TagTemplate$, TagUser$, TagUserCommand, TagUserRequest$, TrackedActionLastAccessed$, UnmodifiableEntityException, UnmodifiableEntityException$, UnrecognizedPublicKeyEncodingException, UnrecognizedPublicKeyEncodingException$, UntagInstanceProfile$, UntagInstanceProfileCommand, UntagInstanceProfileRequest$, UntagMFADevice$, UntagMFADeviceCommand, UntagMFADeviceRequest$, UntagOpenIDConnectProvider$, UntagOpenIDConnectProviderCommand, UntagOpenIDConnectProviderRequest$, UntagPolicy$, UntagPolicyCommand, UntagPolicyRequest$, UntagRole$, UntagRoleCommand, UntagRoleRequest$, UntagSAMLProvider$, UntagSAMLProviderCommand, UntagSAMLProviderRequest$, UntagServerCertificate$, UntagServerCertificateCommand, UntagServerCertificateRequest$, UntagUser$, UntagUserCommand, UntagUserRequest$, UpdateAccessKey$, UpdateAccessKeyCommand, UpdateAccessKeyRequest$, UpdateAccountPasswordPolicy$, UpdateAccountPasswordPolicyCommand, UpdateAccountPasswordPolicyRequest$, UpdateAssumeRolePolicy$, UpdateAssumeRolePolicyCommand, UpdateAssumeRolePolicyRequest$, UpdateDelegationRequest$, UpdateDelegationRequestCommand, UpdateDelegationRequestRequest$, UpdateGroup$, UpdateGroupCommand, UpdateGroupRequest$, UpdateLoginProfile$, UpdateLoginProfileCommand, UpdateLoginProfileRequest$, UpdateOpenIDConnectProviderThumbprint$, UpdateOpenIDConnectProviderThumbprintCommand, UpdateOpenIDConnectProviderThumbprintRequest$, UpdateRole$, UpdateRoleCommand, UpdateRoleDescription$, UpdateRoleDescriptionCommand, UpdateRoleDescriptionRequest$, UpdateRoleDescriptionResponse$, UpdateRoleRequest$, UpdateRoleResponse$, UpdateSAMLProvider$, UpdateSAMLProviderCommand, UpdateSAMLProviderRequest$, UpdateSAMLProviderResponse$, UpdateSSHPublicKey$, UpdateSSHPublicKeyCommand, UpdateSSHPublicKeyRequest$, UpdateServerCertificate$, UpdateServerCertificateCommand, UpdateServerCertificateRequest$, UpdateServiceSpecificCredential$, UpdateServiceSpecificCredentialCommand, UpdateServiceSpecificCredentialRequest$, UpdateSigningCertificate$, UpdateSigningCertificateCommand, UpdateSigningCertificateRequest$, UpdateUser$, UpdateUserCommand, UpdateUserRequest$, UploadSSHPublicKey$, UploadSSHPublicKeyCommand, UploadSSHPublicKeyRequest$, UploadSSHPublicKeyResponse$, UploadServerCertificate$, UploadServerCertificateCommand, UploadServerCertificateRequest$, UploadServerCertificateResponse$, UploadSigningCertificate$, UploadSigningCertificateCommand, UploadSigningCertificateRequest$, UploadSigningCertificateResponse$, User$, UserDetail$, VirtualMFADevice$, __Client, errorTypeRegistries, paginateGetAccountAuthorizationDetails, paginateGetGroup, paginateListAccessKeys, paginateListAccountAliases, paginateListAttachedGroupPolicies, paginateListAttachedRolePolicies, paginateListAttachedUserPolicies, paginateListEntitiesForPolicy, paginateListGroupPolicies, paginateListGroups, paginateListGroupsForUser, paginateListInstanceProfileTags, paginateListInstanceProfiles, paginateListInstanceProfilesForRole, paginateListMFADeviceTags, paginateListMFADevices, paginateListOpenIDConnectProviderTags, paginateListPolicies, paginateListPolicyTags, paginateListPolicyVersions, paginateListRolePolicies, paginateListRoleTags, paginateListRoles, paginateListSAMLProviderTags, paginateListSSHPublicKeys, paginateListServerCertificateTags, paginateListServerCertificates, paginateListSigningCertificates, paginateListUserPolicies, paginateListUserTags, paginateListUsers, paginateListVirtualMFADevices, paginateSimulateCustomPolicy, paginateSimulatePrincipalPolicy, waitForInstanceProfileExists, waitForPolicyExists, waitForRoleExists, waitForUserExists, waitUntilInstanceProfileExists, waitUntilPolicyExists, waitUntilRoleExists, waitUntilUserExists

// EXTERNAL MODULE: ./node_modules/@aws-sdk/core/dist-cjs/submodules/client/index.js
var client = __webpack_require__(5152);
// EXTERNAL MODULE: ./node_modules/@smithy/core/dist-cjs/index.js
var dist_cjs = __webpack_require__(402);
// EXTERNAL MODULE: ./node_modules/@smithy/core/dist-cjs/submodules/client/index.js
var submodules_client = __webpack_require__(2658);
// EXTERNAL MODULE: ./node_modules/@smithy/core/dist-cjs/submodules/config/index.js
var submodules_config = __webpack_require__(7291);
// EXTERNAL MODULE: ./node_modules/@smithy/core/dist-cjs/submodules/endpoints/index.js
var endpoints = __webpack_require__(2085);
// EXTERNAL MODULE: ./node_modules/@smithy/core/dist-cjs/submodules/protocols/index.js
var protocols = __webpack_require__(3422);
// EXTERNAL MODULE: ./node_modules/@smithy/core/dist-cjs/submodules/retry/index.js
var retry = __webpack_require__(3609);
// EXTERNAL MODULE: ./node_modules/@smithy/core/dist-cjs/submodules/schema/index.js
var schema = __webpack_require__(6890);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/core/dist-cjs/submodules/httpAuthSchemes/index.js
var httpAuthSchemes = __webpack_require__(7523);
;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-iam/dist-es/auth/httpAuthSchemeProvider.js


const defaultIAMHttpAuthSchemeParametersProvider = async (config, context, input) => {
    return {
        operation: (0,submodules_client.getSmithyContext)(context).operation,
        region: await (0,submodules_client.normalizeProvider)(config.region)() || (() => {
            throw new Error("expected `region` to be configured for `aws.auth#sigv4`");
        })(),
    };
};
function createAwsAuthSigv4HttpAuthOption(authParameters) {
    return {
        schemeId: "aws.auth#sigv4",
        signingProperties: {
            name: "iam",
            region: authParameters.region,
        },
        propertiesExtractor: (config, context) => ({
            signingProperties: {
                config,
                context,
            },
        }),
    };
}
const defaultIAMHttpAuthSchemeProvider = (authParameters) => {
    const options = [];
    switch (authParameters.operation) {
        default: {
            options.push(createAwsAuthSigv4HttpAuthOption(authParameters));
        }
    }
    return options;
};
const resolveHttpAuthSchemeConfig = (config) => {
    const config_0 = (0,httpAuthSchemes.resolveAwsSdkSigV4Config)(config);
    return Object.assign(config_0, {
        authSchemePreference: (0,submodules_client.normalizeProvider)(config.authSchemePreference ?? []),
    });
};

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-iam/dist-es/endpoint/EndpointParameters.js
var EndpointParameters = __webpack_require__(8097);
;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-iam/package.json
const package_namespaceObject = {"rE":"3.1169.0"};
// EXTERNAL MODULE: ./node_modules/@aws-sdk/credential-provider-node/dist-es/defaultProvider.js + 2 modules
var defaultProvider = __webpack_require__(9882);
// EXTERNAL MODULE: ./node_modules/@smithy/core/dist-cjs/submodules/serde/index.js
var serde = __webpack_require__(2430);
// EXTERNAL MODULE: ./node_modules/@smithy/node-http-handler/dist-es/node-http-handler.js + 6 modules
var node_http_handler = __webpack_require__(2254);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/core/dist-cjs/submodules/protocols/index.js
var submodules_protocols = __webpack_require__(7288);
// EXTERNAL MODULE: ./node_modules/@smithy/core/dist-cjs/submodules/checksum/index.js
var checksum = __webpack_require__(9542);
;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-iam/dist-es/endpoint/bdd.js

const v = "ref", w = "authSchemes", x = "name", y = "signingRegion";
const a = -1, b = true, c = "isSet", d = "PartitionResult", e = "stringEquals", f = "booleanEquals", g = "getAttr", h = { [v]: "Endpoint" }, i = { "fn": g, "argv": [{ [v]: d }, "name"] }, j = { [v]: d }, k = { [w]: [{ [x]: "sigv4", [y]: "us-east-1" }] }, l = { [w]: [{ [x]: "sigv4", [y]: "cn-north-1" }] }, m = { [w]: [{ [x]: "sigv4", [y]: "us-gov-west-1" }] }, n = { [w]: [{ [x]: "sigv4", [y]: "us-iso-east-1" }] }, o = { [w]: [{ [x]: "sigv4", [y]: "us-isob-east-1" }] }, p = { [w]: [{ [x]: "sigv4", [y]: "eu-isoe-west-1" }] }, q = { [w]: [{ [x]: "sigv4", [y]: "us-isof-south-1" }] }, s = { [w]: [{ [x]: "sigv4", [y]: "eusc-de-east-1" }] }, t = { [w]: [{ [x]: "sigv4", [y]: "{PartitionResult#implicitGlobalRegion}" }] }, u = [{ [v]: "Region" }];
const _data = {
    conditions: [
        [c, [h]],
        [c, u],
        ["aws.partition", u, d],
        [e, [i, "aws"]],
        [e, [i, "aws-cn"]],
        [e, [i, "aws-us-gov"]],
        [e, [i, "aws-iso"]],
        [f, [{ [v]: "UseFIPS" }, b]],
        [f, [{ [v]: "UseDualStack" }, b]],
        [e, [i, "aws-iso-b"]],
        [e, [i, "aws-iso-e"]],
        [e, [i, "aws-iso-f"]],
        [e, [i, "aws-eusc"]],
        [f, [{ fn: g, argv: [j, "supportsDualStack"] }, b]],
        [f, [{ fn: g, argv: [j, "supportsFIPS"] }, b]]
    ],
    results: [
        [a],
        [a, "Invalid Configuration: FIPS and custom endpoint are not supported"],
        [a, "Invalid Configuration: Dualstack and custom endpoint are not supported"],
        [h, {}],
        ["https://iam.amazonaws.com", k],
        ["https://iam-fips.amazonaws.com", k],
        ["https://iam.global.api.aws", k],
        ["https://iam-fips.global.api.aws", k],
        ["https://iam.global.api.amazonwebservices.com.cn", l],
        ["https://iam-fips.api.amazonwebservices.com.cn", l],
        ["https://iam.cn-north-1.amazonaws.com.cn", l],
        ["https://iam-fips.amazonaws.com.cn", l],
        ["https://iam.us-gov.api.aws", m],
        ["https://iam.us-gov.amazonaws.com", m],
        ["https://iam.us-iso-east-1.c2s.ic.gov", n],
        ["https://iam-fips.us-iso-east-1.c2s.ic.gov", n],
        ["https://iam.api.aws.ic.gov", n],
        ["https://iam-fips.api.aws.ic.gov", n],
        ["https://iam.us-isob-east-1.sc2s.sgov.gov", o],
        ["https://iam-fips.us-isob-east-1.sc2s.sgov.gov", o],
        ["https://iam.api.aws.scloud", o],
        ["https://iam-fips.api.aws.scloud", o],
        ["https://iam.eu-isoe-west-1.cloud.adc-e.uk", p],
        ["https://iam-fips.cloud.adc-e.uk", p],
        ["https://iam.api.cloud-aws.adc-e.uk", p],
        ["https://iam-fips.api.cloud-aws.adc-e.uk", p],
        ["https://iam.us-isof-south-1.csp.hci.ic.gov", q],
        ["https://iam-fips.csp.hci.ic.gov", q],
        ["https://iam.api.aws.hci.ic.gov", q],
        ["https://iam-fips.api.aws.hci.ic.gov", q],
        ["https://iam.eusc-de-east-1.amazonaws.eu", s],
        ["https://iam-fips.amazonaws.eu", s],
        ["https://iam.global.api.amazonwebservices.eu", s],
        ["https://iam-fips.api.amazonwebservices.eu", s],
        ["https://iam-fips.{PartitionResult#implicitGlobalRegion}.{PartitionResult#dualStackDnsSuffix}", t],
        [a, "FIPS and DualStack are enabled, but this partition does not support one or both"],
        ["https://iam-fips.{PartitionResult#implicitGlobalRegion}.{PartitionResult#dnsSuffix}", t],
        [a, "FIPS is enabled but this partition does not support FIPS"],
        ["https://iam.{PartitionResult#implicitGlobalRegion}.{PartitionResult#dualStackDnsSuffix}", t],
        [a, "DualStack is enabled but this partition does not support DualStack"],
        ["https://iam.{PartitionResult#implicitGlobalRegion}.{PartitionResult#dnsSuffix}", t],
        [a, "Invalid Configuration: Missing Region"]
    ]
};
const root = 2;
const r = 100_000_000;
const nodes = new Int32Array([
    -1, 1, -1,
    0, 42, 3,
    1, 4, r + 41,
    2, 5, r + 41,
    3, 39, 6,
    4, 36, 7,
    5, 35, 8,
    6, 32, 9,
    7, 20, 10,
    8, 15, 11,
    9, r + 18, 12,
    10, r + 22, 13,
    11, r + 26, 14,
    12, r + 30, r + 40,
    9, r + 20, 16,
    10, r + 24, 17,
    11, r + 28, 18,
    12, r + 32, 19,
    13, r + 38, r + 39,
    8, 26, 21,
    9, r + 19, 22,
    10, r + 23, 23,
    11, r + 27, 24,
    12, r + 31, 25,
    14, r + 36, r + 37,
    9, r + 21, 27,
    10, r + 25, 28,
    11, r + 29, 29,
    12, r + 33, 30,
    13, 31, r + 35,
    14, r + 34, r + 35,
    7, 34, 33,
    8, r + 16, r + 14,
    8, r + 17, r + 15,
    8, r + 12, r + 13,
    7, 38, 37,
    8, r + 8, r + 10,
    8, r + 9, r + 11,
    7, 41, 40,
    8, r + 6, r + 4,
    8, r + 7, r + 5,
    7, r + 1, 43,
    8, r + 2, r + 3,
]);
const bdd = endpoints.BinaryDecisionDiagram.from(nodes, root, _data.conditions, _data.results);

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-iam/dist-es/endpoint/endpointResolver.js



const cache = new endpoints.EndpointCache({
    size: 50,
    params: ["Endpoint", "Region", "UseDualStack", "UseFIPS"],
});
const defaultEndpointResolver = (endpointParams, context = {}) => {
    return cache.get(endpointParams, () => (0,endpoints.decideEndpoint)(bdd, {
        endpointParams: endpointParams,
        logger: context.logger,
    }));
};
endpoints.customEndpointFunctions.aws = client.awsEndpointFunctions;

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-iam/dist-es/schemas/schemas_0.js + 2 modules
var schemas_0 = __webpack_require__(135);
;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-iam/dist-es/runtimeConfig.shared.js









const getRuntimeConfig = (config) => {
    return {
        apiVersion: "2010-05-08",
        base64Decoder: config?.base64Decoder ?? serde.fromBase64,
        base64Encoder: config?.base64Encoder ?? serde.toBase64,
        disableHostPrefix: config?.disableHostPrefix ?? false,
        endpointProvider: config?.endpointProvider ?? defaultEndpointResolver,
        extensions: config?.extensions ?? [],
        httpAuthSchemeProvider: config?.httpAuthSchemeProvider ?? defaultIAMHttpAuthSchemeProvider,
        httpAuthSchemes: config?.httpAuthSchemes ?? [
            {
                schemeId: "aws.auth#sigv4",
                identityProvider: (ipc) => ipc.getIdentityProvider("aws.auth#sigv4"),
                signer: new httpAuthSchemes.AwsSdkSigV4Signer(),
            },
        ],
        logger: config?.logger ?? new submodules_client.NoOpLogger(),
        protocol: config?.protocol ?? submodules_protocols.AwsQueryProtocol,
        protocolSettings: config?.protocolSettings ?? {
            defaultNamespace: "com.amazonaws.iam",
            errorTypeRegistries: schemas_0/* errorTypeRegistries */.q1U,
            xmlNamespace: "https://iam.amazonaws.com/doc/2010-05-08/",
            version: "2010-05-08",
            serviceTarget: "AWSIdentityManagementV20100508",
        },
        serviceId: config?.serviceId ?? "IAM",
        sha256: config?.sha256 ?? checksum.Sha256,
        urlParser: config?.urlParser ?? protocols.parseUrl,
        utf8Decoder: config?.utf8Decoder ?? serde.fromUtf8,
        utf8Encoder: config?.utf8Encoder ?? serde.toUtf8,
    };
};

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-iam/dist-es/runtimeConfig.js










const runtimeConfig_getRuntimeConfig = (config) => {
    (0,submodules_client.emitWarningIfUnsupportedVersion)(process.version);
    const defaultsMode = (0,submodules_config.resolveDefaultsModeConfig)(config);
    const defaultConfigProvider = () => defaultsMode().then(submodules_client.loadConfigsForDefaultMode);
    const clientSharedValues = getRuntimeConfig(config);
    (0,client.emitWarningIfUnsupportedVersion)(process.version);
    const loaderConfig = {
        profile: config?.profile,
        logger: clientSharedValues.logger,
    };
    return {
        ...clientSharedValues,
        ...config,
        runtime: "node",
        defaultsMode,
        authSchemePreference: config?.authSchemePreference ?? (0,submodules_config.loadConfig)(httpAuthSchemes.NODE_AUTH_SCHEME_PREFERENCE_OPTIONS, loaderConfig),
        bodyLengthChecker: config?.bodyLengthChecker ?? serde.calculateBodyLength,
        credentialDefaultProvider: config?.credentialDefaultProvider ?? defaultProvider/* defaultProvider */.v6,
        defaultSocketTimeout: (0,client.getDefaultSocketTimeout)(config?.requestHandler, 300_000),
        defaultUserAgentProvider: config?.defaultUserAgentProvider ?? (0,client.createDefaultUserAgentProvider)({ serviceId: clientSharedValues.serviceId, clientVersion: package_namespaceObject.rE }),
        maxAttempts: config?.maxAttempts ?? (0,submodules_config.loadConfig)(retry.NODE_MAX_ATTEMPT_CONFIG_OPTIONS, config),
        region: config?.region ?? (0,submodules_config.loadConfig)(submodules_config.NODE_REGION_CONFIG_OPTIONS, { ...submodules_config.NODE_REGION_CONFIG_FILE_OPTIONS, ...loaderConfig }),
        requestHandler: node_http_handler/* NodeHttpHandler */.$.create(config?.requestHandler ?? defaultConfigProvider),
        retryMode: config?.retryMode ??
            (0,submodules_config.loadConfig)({
                ...retry.NODE_RETRY_MODE_CONFIG_OPTIONS,
                default: async () => (await defaultConfigProvider()).retryMode || retry.DEFAULT_RETRY_MODE,
            }, config),
        streamCollector: config?.streamCollector ?? serde.streamCollector,
        useDualstackEndpoint: config?.useDualstackEndpoint ?? (0,submodules_config.loadConfig)(submodules_config.NODE_USE_DUALSTACK_ENDPOINT_CONFIG_OPTIONS, loaderConfig),
        useFipsEndpoint: config?.useFipsEndpoint ?? (0,submodules_config.loadConfig)(submodules_config.NODE_USE_FIPS_ENDPOINT_CONFIG_OPTIONS, loaderConfig),
        userAgentAppId: config?.userAgentAppId ?? (0,submodules_config.loadConfig)(client.NODE_APP_ID_CONFIG_OPTIONS, loaderConfig),
    };
};

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-iam/dist-es/auth/httpAuthExtensionConfiguration.js
const getHttpAuthExtensionConfiguration = (runtimeConfig) => {
    const _httpAuthSchemes = runtimeConfig.httpAuthSchemes;
    let _httpAuthSchemeProvider = runtimeConfig.httpAuthSchemeProvider;
    let _credentials = runtimeConfig.credentials;
    return {
        setHttpAuthScheme(httpAuthScheme) {
            const index = _httpAuthSchemes.findIndex((scheme) => scheme.schemeId === httpAuthScheme.schemeId);
            if (index === -1) {
                _httpAuthSchemes.push(httpAuthScheme);
            }
            else {
                _httpAuthSchemes.splice(index, 1, httpAuthScheme);
            }
        },
        httpAuthSchemes() {
            return _httpAuthSchemes;
        },
        setHttpAuthSchemeProvider(httpAuthSchemeProvider) {
            _httpAuthSchemeProvider = httpAuthSchemeProvider;
        },
        httpAuthSchemeProvider() {
            return _httpAuthSchemeProvider;
        },
        setCredentials(credentials) {
            _credentials = credentials;
        },
        credentials() {
            return _credentials;
        },
    };
};
const resolveHttpAuthRuntimeConfig = (config) => {
    return {
        httpAuthSchemes: config.httpAuthSchemes(),
        httpAuthSchemeProvider: config.httpAuthSchemeProvider(),
        credentials: config.credentials(),
    };
};

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-iam/dist-es/runtimeExtensions.js




const resolveRuntimeExtensions = (runtimeConfig, extensions) => {
    const extensionConfiguration = Object.assign((0,client.getAwsRegionExtensionConfiguration)(runtimeConfig), (0,submodules_client.getDefaultExtensionConfiguration)(runtimeConfig), (0,protocols.getHttpHandlerExtensionConfiguration)(runtimeConfig), getHttpAuthExtensionConfiguration(runtimeConfig));
    extensions.forEach((extension) => extension.configure(extensionConfiguration));
    return Object.assign(runtimeConfig, (0,client.resolveAwsRegionExtensionConfiguration)(extensionConfiguration), (0,submodules_client.resolveDefaultRuntimeConfig)(extensionConfiguration), (0,protocols.resolveHttpHandlerRuntimeConfig)(extensionConfiguration), resolveHttpAuthRuntimeConfig(extensionConfiguration));
};

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-iam/dist-es/IAMClient.js













class IAMClient extends submodules_client.Client {
    config;
    constructor(...[configuration]) {
        const _config_0 = runtimeConfig_getRuntimeConfig(configuration || {});
        super(_config_0);
        this.initConfig = _config_0;
        const _config_1 = (0,EndpointParameters/* resolveClientEndpointParameters */.v)(_config_0);
        const _config_2 = (0,client.resolveUserAgentConfig)(_config_1);
        const _config_3 = (0,retry.resolveRetryConfig)(_config_2);
        const _config_4 = (0,submodules_config.resolveRegionConfig)(_config_3);
        const _config_5 = (0,client.resolveHostHeaderConfig)(_config_4);
        const _config_6 = (0,endpoints.resolveEndpointConfig)(_config_5);
        const _config_7 = resolveHttpAuthSchemeConfig(_config_6);
        const _config_8 = resolveRuntimeExtensions(_config_7, configuration?.extensions || []);
        this.config = _config_8;
        this.middlewareStack.use((0,schema.getSchemaSerdePlugin)(this.config));
        this.middlewareStack.use((0,client.getUserAgentPlugin)(this.config));
        this.middlewareStack.use((0,retry.getRetryPlugin)(this.config));
        this.middlewareStack.use((0,protocols.getContentLengthPlugin)(this.config));
        this.middlewareStack.use((0,client.getHostHeaderPlugin)(this.config));
        this.middlewareStack.use((0,client.getLoggerPlugin)(this.config));
        this.middlewareStack.use((0,client.getRecursionDetectionPlugin)(this.config));
        this.middlewareStack.use((0,dist_cjs.getHttpAuthSchemeEndpointRuleSetPlugin)(this.config, {
            httpAuthSchemeParametersProvider: defaultIAMHttpAuthSchemeParametersProvider,
            identityProviderConfigProvider: async (config) => new dist_cjs.DefaultIdentityProviderConfig({
                "aws.auth#sigv4": config.credentials,
            }),
        }));
        this.middlewareStack.use((0,dist_cjs.getHttpSigningPlugin)(this.config));
    }
    destroy() {
        super.destroy();
    }
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-iam/dist-es/index.js














/***/ })

};
