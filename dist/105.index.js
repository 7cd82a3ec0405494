export const id = 105;
export const ids = [105];
export const modules = {

/***/ 8105:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  $Command: () => (/* reexport */ command/* Command */.u),
  AcceptDelegationRequest$: () => (/* reexport */ schemas_0/* AcceptDelegationRequest$ */.cXq),
  AcceptDelegationRequestCommand: () => (/* reexport */ AcceptDelegationRequestCommand),
  AcceptDelegationRequestRequest$: () => (/* reexport */ schemas_0/* AcceptDelegationRequestRequest$ */.XKO),
  AccessAdvisorUsageGranularityType: () => (/* reexport */ AccessAdvisorUsageGranularityType),
  AccessDetail$: () => (/* reexport */ schemas_0/* AccessDetail$ */.eNo),
  AccessKey$: () => (/* reexport */ schemas_0/* AccessKey$ */.WPX),
  AccessKeyLastUsed$: () => (/* reexport */ schemas_0/* AccessKeyLastUsed$ */.l8R),
  AccessKeyMetadata$: () => (/* reexport */ schemas_0/* AccessKeyMetadata$ */.$bW),
  AccountNotManagementOrDelegatedAdministratorException: () => (/* reexport */ errors/* AccountNotManagementOrDelegatedAdministratorException */.E6),
  AccountNotManagementOrDelegatedAdministratorException$: () => (/* reexport */ schemas_0/* AccountNotManagementOrDelegatedAdministratorException$ */.Ay$),
  AcquireRole$: () => (/* reexport */ schemas_0/* AcquireRole$ */.BaM),
  AcquireRoleCommand: () => (/* reexport */ AcquireRoleCommand),
  AcquireRoleRequest$: () => (/* reexport */ schemas_0/* AcquireRoleRequest$ */.Y$_),
  AcquireRoleResponse$: () => (/* reexport */ schemas_0/* AcquireRoleResponse$ */.Elb),
  AddClientIDToOpenIDConnectProvider$: () => (/* reexport */ schemas_0/* AddClientIDToOpenIDConnectProvider$ */.zSU),
  AddClientIDToOpenIDConnectProviderCommand: () => (/* reexport */ AddClientIDToOpenIDConnectProviderCommand),
  AddClientIDToOpenIDConnectProviderRequest$: () => (/* reexport */ schemas_0/* AddClientIDToOpenIDConnectProviderRequest$ */.Ic0),
  AddRoleToInstanceProfile$: () => (/* reexport */ schemas_0/* AddRoleToInstanceProfile$ */.PNT),
  AddRoleToInstanceProfileCommand: () => (/* reexport */ AddRoleToInstanceProfileCommand),
  AddRoleToInstanceProfileRequest$: () => (/* reexport */ schemas_0/* AddRoleToInstanceProfileRequest$ */.ML0),
  AddUserToGroup$: () => (/* reexport */ schemas_0/* AddUserToGroup$ */.reS),
  AddUserToGroupCommand: () => (/* reexport */ AddUserToGroupCommand),
  AddUserToGroupRequest$: () => (/* reexport */ schemas_0/* AddUserToGroupRequest$ */.ulc),
  AssertionEncryptionModeType: () => (/* reexport */ AssertionEncryptionModeType),
  AssignmentStatusType: () => (/* reexport */ AssignmentStatusType),
  AssociateDelegationRequest$: () => (/* reexport */ schemas_0/* AssociateDelegationRequest$ */.Q$f),
  AssociateDelegationRequestCommand: () => (/* reexport */ AssociateDelegationRequestCommand),
  AssociateDelegationRequestRequest$: () => (/* reexport */ schemas_0/* AssociateDelegationRequestRequest$ */.FnW),
  AttachGroupPolicy$: () => (/* reexport */ schemas_0/* AttachGroupPolicy$ */.VrB),
  AttachGroupPolicyCommand: () => (/* reexport */ AttachGroupPolicyCommand),
  AttachGroupPolicyRequest$: () => (/* reexport */ schemas_0/* AttachGroupPolicyRequest$ */.Ye4),
  AttachRolePolicy$: () => (/* reexport */ schemas_0/* AttachRolePolicy$ */.Yyr),
  AttachRolePolicyCommand: () => (/* reexport */ AttachRolePolicyCommand),
  AttachRolePolicyRequest$: () => (/* reexport */ schemas_0/* AttachRolePolicyRequest$ */.nVL),
  AttachUserPolicy$: () => (/* reexport */ schemas_0/* AttachUserPolicy$ */.FHm),
  AttachUserPolicyCommand: () => (/* reexport */ AttachUserPolicyCommand),
  AttachUserPolicyRequest$: () => (/* reexport */ schemas_0/* AttachUserPolicyRequest$ */.UIk),
  AttachedPermissionsBoundary$: () => (/* reexport */ schemas_0/* AttachedPermissionsBoundary$ */.D6X),
  AttachedPolicy$: () => (/* reexport */ schemas_0/* AttachedPolicy$ */.v9t),
  AttachmentType: () => (/* reexport */ AttachmentType),
  CallerIsNotManagementAccountException: () => (/* reexport */ errors/* CallerIsNotManagementAccountException */.A5),
  CallerIsNotManagementAccountException$: () => (/* reexport */ schemas_0/* CallerIsNotManagementAccountException$ */.EP),
  ChangePassword$: () => (/* reexport */ schemas_0/* ChangePassword$ */.k$Z),
  ChangePasswordCommand: () => (/* reexport */ ChangePasswordCommand),
  ChangePasswordRequest$: () => (/* reexport */ schemas_0/* ChangePasswordRequest$ */.l7k),
  ConcurrentModificationException: () => (/* reexport */ errors/* ConcurrentModificationException */.bF),
  ConcurrentModificationException$: () => (/* reexport */ schemas_0/* ConcurrentModificationException$ */.LOL),
  ContextEntry$: () => (/* reexport */ schemas_0/* ContextEntry$ */.qos),
  ContextKeyTypeEnum: () => (/* reexport */ ContextKeyTypeEnum),
  CreateAccessKey$: () => (/* reexport */ schemas_0/* CreateAccessKey$ */.w8s),
  CreateAccessKeyCommand: () => (/* reexport */ CreateAccessKeyCommand),
  CreateAccessKeyRequest$: () => (/* reexport */ schemas_0/* CreateAccessKeyRequest$ */.F6U),
  CreateAccessKeyResponse$: () => (/* reexport */ schemas_0/* CreateAccessKeyResponse$ */.vYS),
  CreateAccountAlias$: () => (/* reexport */ schemas_0/* CreateAccountAlias$ */.oPb),
  CreateAccountAliasCommand: () => (/* reexport */ CreateAccountAliasCommand),
  CreateAccountAliasRequest$: () => (/* reexport */ schemas_0/* CreateAccountAliasRequest$ */.Xc$),
  CreateDelegationRequest$: () => (/* reexport */ schemas_0/* CreateDelegationRequest$ */.GQD),
  CreateDelegationRequestCommand: () => (/* reexport */ CreateDelegationRequestCommand),
  CreateDelegationRequestRequest$: () => (/* reexport */ schemas_0/* CreateDelegationRequestRequest$ */.$G8),
  CreateDelegationRequestResponse$: () => (/* reexport */ schemas_0/* CreateDelegationRequestResponse$ */.RGx),
  CreateGroup$: () => (/* reexport */ schemas_0/* CreateGroup$ */.uQq),
  CreateGroupCommand: () => (/* reexport */ CreateGroupCommand),
  CreateGroupRequest$: () => (/* reexport */ schemas_0/* CreateGroupRequest$ */.TMV),
  CreateGroupResponse$: () => (/* reexport */ schemas_0/* CreateGroupResponse$ */.L$X),
  CreateInstanceProfile$: () => (/* reexport */ schemas_0/* CreateInstanceProfile$ */.Plh),
  CreateInstanceProfileCommand: () => (/* reexport */ CreateInstanceProfileCommand),
  CreateInstanceProfileRequest$: () => (/* reexport */ schemas_0/* CreateInstanceProfileRequest$ */.Uv9),
  CreateInstanceProfileResponse$: () => (/* reexport */ schemas_0/* CreateInstanceProfileResponse$ */.AHx),
  CreateLoginProfile$: () => (/* reexport */ schemas_0/* CreateLoginProfile$ */.h_K),
  CreateLoginProfileCommand: () => (/* reexport */ CreateLoginProfileCommand),
  CreateLoginProfileRequest$: () => (/* reexport */ schemas_0/* CreateLoginProfileRequest$ */.qcq),
  CreateLoginProfileResponse$: () => (/* reexport */ schemas_0/* CreateLoginProfileResponse$ */.cvH),
  CreateOpenIDConnectProvider$: () => (/* reexport */ schemas_0/* CreateOpenIDConnectProvider$ */.FIo),
  CreateOpenIDConnectProviderCommand: () => (/* reexport */ CreateOpenIDConnectProviderCommand),
  CreateOpenIDConnectProviderRequest$: () => (/* reexport */ schemas_0/* CreateOpenIDConnectProviderRequest$ */.GsT),
  CreateOpenIDConnectProviderResponse$: () => (/* reexport */ schemas_0/* CreateOpenIDConnectProviderResponse$ */.QH7),
  CreatePolicy$: () => (/* reexport */ schemas_0/* CreatePolicy$ */.pcB),
  CreatePolicyCommand: () => (/* reexport */ CreatePolicyCommand),
  CreatePolicyRequest$: () => (/* reexport */ schemas_0/* CreatePolicyRequest$ */.gr7),
  CreatePolicyResponse$: () => (/* reexport */ schemas_0/* CreatePolicyResponse$ */.y0h),
  CreatePolicyVersion$: () => (/* reexport */ schemas_0/* CreatePolicyVersion$ */.FXG),
  CreatePolicyVersionCommand: () => (/* reexport */ CreatePolicyVersionCommand),
  CreatePolicyVersionRequest$: () => (/* reexport */ schemas_0/* CreatePolicyVersionRequest$ */.sCg),
  CreatePolicyVersionResponse$: () => (/* reexport */ schemas_0/* CreatePolicyVersionResponse$ */.GPj),
  CreateRole$: () => (/* reexport */ schemas_0/* CreateRole$ */.DyK),
  CreateRoleCommand: () => (/* reexport */ CreateRoleCommand),
  CreateRoleRequest$: () => (/* reexport */ schemas_0/* CreateRoleRequest$ */.enz),
  CreateRoleResponse$: () => (/* reexport */ schemas_0/* CreateRoleResponse$ */.Wvd),
  CreateSAMLProvider$: () => (/* reexport */ schemas_0/* CreateSAMLProvider$ */.jiR),
  CreateSAMLProviderCommand: () => (/* reexport */ CreateSAMLProviderCommand),
  CreateSAMLProviderRequest$: () => (/* reexport */ schemas_0/* CreateSAMLProviderRequest$ */.uJw),
  CreateSAMLProviderResponse$: () => (/* reexport */ schemas_0/* CreateSAMLProviderResponse$ */.UYS),
  CreateServiceLinkedRole$: () => (/* reexport */ schemas_0/* CreateServiceLinkedRole$ */.nWv),
  CreateServiceLinkedRoleCommand: () => (/* reexport */ CreateServiceLinkedRoleCommand),
  CreateServiceLinkedRoleRequest$: () => (/* reexport */ schemas_0/* CreateServiceLinkedRoleRequest$ */.ku1),
  CreateServiceLinkedRoleResponse$: () => (/* reexport */ schemas_0/* CreateServiceLinkedRoleResponse$ */.oy$),
  CreateServiceSpecificCredential$: () => (/* reexport */ schemas_0/* CreateServiceSpecificCredential$ */.T6l),
  CreateServiceSpecificCredentialCommand: () => (/* reexport */ CreateServiceSpecificCredentialCommand),
  CreateServiceSpecificCredentialRequest$: () => (/* reexport */ schemas_0/* CreateServiceSpecificCredentialRequest$ */.GzS),
  CreateServiceSpecificCredentialResponse$: () => (/* reexport */ schemas_0/* CreateServiceSpecificCredentialResponse$ */.aVw),
  CreateUser$: () => (/* reexport */ schemas_0/* CreateUser$ */.SJ2),
  CreateUserCommand: () => (/* reexport */ CreateUserCommand),
  CreateUserRequest$: () => (/* reexport */ schemas_0/* CreateUserRequest$ */.tKx),
  CreateUserResponse$: () => (/* reexport */ schemas_0/* CreateUserResponse$ */.VZL),
  CreateVirtualMFADevice$: () => (/* reexport */ schemas_0/* CreateVirtualMFADevice$ */.s9T),
  CreateVirtualMFADeviceCommand: () => (/* reexport */ CreateVirtualMFADeviceCommand),
  CreateVirtualMFADeviceRequest$: () => (/* reexport */ schemas_0/* CreateVirtualMFADeviceRequest$ */.$Af),
  CreateVirtualMFADeviceResponse$: () => (/* reexport */ schemas_0/* CreateVirtualMFADeviceResponse$ */.Xnv),
  CredentialReportExpiredException: () => (/* reexport */ errors/* CredentialReportExpiredException */.It),
  CredentialReportExpiredException$: () => (/* reexport */ schemas_0/* CredentialReportExpiredException$ */.Gmm),
  CredentialReportNotPresentException: () => (/* reexport */ errors/* CredentialReportNotPresentException */.xz),
  CredentialReportNotPresentException$: () => (/* reexport */ schemas_0/* CredentialReportNotPresentException$ */.DzV),
  CredentialReportNotReadyException: () => (/* reexport */ errors/* CredentialReportNotReadyException */.f4),
  CredentialReportNotReadyException$: () => (/* reexport */ schemas_0/* CredentialReportNotReadyException$ */.X35),
  DeactivateMFADevice$: () => (/* reexport */ schemas_0/* DeactivateMFADevice$ */.JbK),
  DeactivateMFADeviceCommand: () => (/* reexport */ DeactivateMFADeviceCommand),
  DeactivateMFADeviceRequest$: () => (/* reexport */ schemas_0/* DeactivateMFADeviceRequest$ */.uZ1),
  DelegationPermission$: () => (/* reexport */ schemas_0/* DelegationPermission$ */.M13),
  DelegationRequest$: () => (/* reexport */ schemas_0/* DelegationRequest$ */.eyo),
  DeleteAccessKey$: () => (/* reexport */ schemas_0/* DeleteAccessKey$ */.$7J),
  DeleteAccessKeyCommand: () => (/* reexport */ DeleteAccessKeyCommand),
  DeleteAccessKeyRequest$: () => (/* reexport */ schemas_0/* DeleteAccessKeyRequest$ */.Y9S),
  DeleteAccountAlias$: () => (/* reexport */ schemas_0/* DeleteAccountAlias$ */.FQf),
  DeleteAccountAliasCommand: () => (/* reexport */ DeleteAccountAliasCommand),
  DeleteAccountAliasRequest$: () => (/* reexport */ schemas_0/* DeleteAccountAliasRequest$ */.GAo),
  DeleteAccountPasswordPolicy$: () => (/* reexport */ schemas_0/* DeleteAccountPasswordPolicy$ */.edy),
  DeleteAccountPasswordPolicyCommand: () => (/* reexport */ DeleteAccountPasswordPolicyCommand),
  DeleteConflictException: () => (/* reexport */ errors/* DeleteConflictException */.vb),
  DeleteConflictException$: () => (/* reexport */ schemas_0/* DeleteConflictException$ */.Rpm),
  DeleteGroup$: () => (/* reexport */ schemas_0/* DeleteGroup$ */.vk5),
  DeleteGroupCommand: () => (/* reexport */ DeleteGroupCommand),
  DeleteGroupPolicy$: () => (/* reexport */ schemas_0/* DeleteGroupPolicy$ */.rVc),
  DeleteGroupPolicyCommand: () => (/* reexport */ DeleteGroupPolicyCommand),
  DeleteGroupPolicyRequest$: () => (/* reexport */ schemas_0/* DeleteGroupPolicyRequest$ */.umr),
  DeleteGroupRequest$: () => (/* reexport */ schemas_0/* DeleteGroupRequest$ */.SB1),
  DeleteInstanceProfile$: () => (/* reexport */ schemas_0/* DeleteInstanceProfile$ */.wgw),
  DeleteInstanceProfileCommand: () => (/* reexport */ DeleteInstanceProfileCommand),
  DeleteInstanceProfileRequest$: () => (/* reexport */ schemas_0/* DeleteInstanceProfileRequest$ */.$Vj),
  DeleteLoginProfile$: () => (/* reexport */ schemas_0/* DeleteLoginProfile$ */.MTz),
  DeleteLoginProfileCommand: () => (/* reexport */ DeleteLoginProfileCommand),
  DeleteLoginProfileRequest$: () => (/* reexport */ schemas_0/* DeleteLoginProfileRequest$ */.Pwx),
  DeleteOpenIDConnectProvider$: () => (/* reexport */ schemas_0/* DeleteOpenIDConnectProvider$ */.SFR),
  DeleteOpenIDConnectProviderCommand: () => (/* reexport */ DeleteOpenIDConnectProviderCommand),
  DeleteOpenIDConnectProviderRequest$: () => (/* reexport */ schemas_0/* DeleteOpenIDConnectProviderRequest$ */.XlM),
  DeletePolicy$: () => (/* reexport */ schemas_0/* DeletePolicy$ */.u2u),
  DeletePolicyCommand: () => (/* reexport */ DeletePolicyCommand),
  DeletePolicyRequest$: () => (/* reexport */ schemas_0/* DeletePolicyRequest$ */.TAh),
  DeletePolicyVersion$: () => (/* reexport */ schemas_0/* DeletePolicyVersion$ */.M1g),
  DeletePolicyVersionCommand: () => (/* reexport */ DeletePolicyVersionCommand),
  DeletePolicyVersionRequest$: () => (/* reexport */ schemas_0/* DeletePolicyVersionRequest$ */.bAX),
  DeleteRole$: () => (/* reexport */ schemas_0/* DeleteRole$ */.oGV),
  DeleteRoleCommand: () => (/* reexport */ DeleteRoleCommand),
  DeleteRolePermissionsBoundary$: () => (/* reexport */ schemas_0/* DeleteRolePermissionsBoundary$ */.agl),
  DeleteRolePermissionsBoundaryCommand: () => (/* reexport */ DeleteRolePermissionsBoundaryCommand),
  DeleteRolePermissionsBoundaryRequest$: () => (/* reexport */ schemas_0/* DeleteRolePermissionsBoundaryRequest$ */.pDo),
  DeleteRolePolicy$: () => (/* reexport */ schemas_0/* DeleteRolePolicy$ */.Wmz),
  DeleteRolePolicyCommand: () => (/* reexport */ DeleteRolePolicyCommand),
  DeleteRolePolicyRequest$: () => (/* reexport */ schemas_0/* DeleteRolePolicyRequest$ */.Xuf),
  DeleteRoleRequest$: () => (/* reexport */ schemas_0/* DeleteRoleRequest$ */.DLg),
  DeleteSAMLProvider$: () => (/* reexport */ schemas_0/* DeleteSAMLProvider$ */.i7Q),
  DeleteSAMLProviderCommand: () => (/* reexport */ DeleteSAMLProviderCommand),
  DeleteSAMLProviderRequest$: () => (/* reexport */ schemas_0/* DeleteSAMLProviderRequest$ */.REf),
  DeleteSSHPublicKey$: () => (/* reexport */ schemas_0/* DeleteSSHPublicKey$ */.mOT),
  DeleteSSHPublicKeyCommand: () => (/* reexport */ DeleteSSHPublicKeyCommand),
  DeleteSSHPublicKeyRequest$: () => (/* reexport */ schemas_0/* DeleteSSHPublicKeyRequest$ */.hvQ),
  DeleteServerCertificate$: () => (/* reexport */ schemas_0/* DeleteServerCertificate$ */.ABr),
  DeleteServerCertificateCommand: () => (/* reexport */ DeleteServerCertificateCommand),
  DeleteServerCertificateRequest$: () => (/* reexport */ schemas_0/* DeleteServerCertificateRequest$ */.tBE),
  DeleteServiceLinkedRole$: () => (/* reexport */ schemas_0/* DeleteServiceLinkedRole$ */.C26),
  DeleteServiceLinkedRoleCommand: () => (/* reexport */ DeleteServiceLinkedRoleCommand),
  DeleteServiceLinkedRoleRequest$: () => (/* reexport */ schemas_0/* DeleteServiceLinkedRoleRequest$ */.XyU),
  DeleteServiceLinkedRoleResponse$: () => (/* reexport */ schemas_0/* DeleteServiceLinkedRoleResponse$ */.JQ7),
  DeleteServiceSpecificCredential$: () => (/* reexport */ schemas_0/* DeleteServiceSpecificCredential$ */.wXE),
  DeleteServiceSpecificCredentialCommand: () => (/* reexport */ DeleteServiceSpecificCredentialCommand),
  DeleteServiceSpecificCredentialRequest$: () => (/* reexport */ schemas_0/* DeleteServiceSpecificCredentialRequest$ */.nKe),
  DeleteSigningCertificate$: () => (/* reexport */ schemas_0/* DeleteSigningCertificate$ */.gBG),
  DeleteSigningCertificateCommand: () => (/* reexport */ DeleteSigningCertificateCommand),
  DeleteSigningCertificateRequest$: () => (/* reexport */ schemas_0/* DeleteSigningCertificateRequest$ */.RnH),
  DeleteUser$: () => (/* reexport */ schemas_0/* DeleteUser$ */.dT8),
  DeleteUserCommand: () => (/* reexport */ DeleteUserCommand),
  DeleteUserPermissionsBoundary$: () => (/* reexport */ schemas_0/* DeleteUserPermissionsBoundary$ */.rie),
  DeleteUserPermissionsBoundaryCommand: () => (/* reexport */ DeleteUserPermissionsBoundaryCommand),
  DeleteUserPermissionsBoundaryRequest$: () => (/* reexport */ schemas_0/* DeleteUserPermissionsBoundaryRequest$ */.skF),
  DeleteUserPolicy$: () => (/* reexport */ schemas_0/* DeleteUserPolicy$ */.rNQ),
  DeleteUserPolicyCommand: () => (/* reexport */ DeleteUserPolicyCommand),
  DeleteUserPolicyRequest$: () => (/* reexport */ schemas_0/* DeleteUserPolicyRequest$ */.acO),
  DeleteUserRequest$: () => (/* reexport */ schemas_0/* DeleteUserRequest$ */.Y6e),
  DeleteVirtualMFADevice$: () => (/* reexport */ schemas_0/* DeleteVirtualMFADevice$ */.hCu),
  DeleteVirtualMFADeviceCommand: () => (/* reexport */ DeleteVirtualMFADeviceCommand),
  DeleteVirtualMFADeviceRequest$: () => (/* reexport */ schemas_0/* DeleteVirtualMFADeviceRequest$ */.Uh6),
  DeletionTaskFailureReasonType$: () => (/* reexport */ schemas_0/* DeletionTaskFailureReasonType$ */.GI7),
  DeletionTaskStatusType: () => (/* reexport */ DeletionTaskStatusType),
  DetachGroupPolicy$: () => (/* reexport */ schemas_0/* DetachGroupPolicy$ */.bZV),
  DetachGroupPolicyCommand: () => (/* reexport */ DetachGroupPolicyCommand),
  DetachGroupPolicyRequest$: () => (/* reexport */ schemas_0/* DetachGroupPolicyRequest$ */.mmR),
  DetachRolePolicy$: () => (/* reexport */ schemas_0/* DetachRolePolicy$ */.mEz),
  DetachRolePolicyCommand: () => (/* reexport */ DetachRolePolicyCommand),
  DetachRolePolicyRequest$: () => (/* reexport */ schemas_0/* DetachRolePolicyRequest$ */.HGr),
  DetachUserPolicy$: () => (/* reexport */ schemas_0/* DetachUserPolicy$ */.jFf),
  DetachUserPolicyCommand: () => (/* reexport */ DetachUserPolicyCommand),
  DetachUserPolicyRequest$: () => (/* reexport */ schemas_0/* DetachUserPolicyRequest$ */.GM2),
  DisableOrganizationsRootCredentialsManagement$: () => (/* reexport */ schemas_0/* DisableOrganizationsRootCredentialsManagement$ */.aPD),
  DisableOrganizationsRootCredentialsManagementCommand: () => (/* reexport */ DisableOrganizationsRootCredentialsManagementCommand),
  DisableOrganizationsRootCredentialsManagementRequest$: () => (/* reexport */ schemas_0/* DisableOrganizationsRootCredentialsManagementRequest$ */.BKx),
  DisableOrganizationsRootCredentialsManagementResponse$: () => (/* reexport */ schemas_0/* DisableOrganizationsRootCredentialsManagementResponse$ */.bSV),
  DisableOrganizationsRootSessions$: () => (/* reexport */ schemas_0/* DisableOrganizationsRootSessions$ */.gBg),
  DisableOrganizationsRootSessionsCommand: () => (/* reexport */ DisableOrganizationsRootSessionsCommand),
  DisableOrganizationsRootSessionsRequest$: () => (/* reexport */ schemas_0/* DisableOrganizationsRootSessionsRequest$ */.z4n),
  DisableOrganizationsRootSessionsResponse$: () => (/* reexport */ schemas_0/* DisableOrganizationsRootSessionsResponse$ */.PvC),
  DisableOutboundWebIdentityFederation$: () => (/* reexport */ schemas_0/* DisableOutboundWebIdentityFederation$ */.k5),
  DisableOutboundWebIdentityFederationCommand: () => (/* reexport */ DisableOutboundWebIdentityFederationCommand),
  DuplicateCertificateException: () => (/* reexport */ errors/* DuplicateCertificateException */.qb),
  DuplicateCertificateException$: () => (/* reexport */ schemas_0/* DuplicateCertificateException$ */.wqj),
  DuplicateSSHPublicKeyException: () => (/* reexport */ errors/* DuplicateSSHPublicKeyException */.h4),
  DuplicateSSHPublicKeyException$: () => (/* reexport */ schemas_0/* DuplicateSSHPublicKeyException$ */.jS),
  EnableMFADevice$: () => (/* reexport */ schemas_0/* EnableMFADevice$ */.qNy),
  EnableMFADeviceCommand: () => (/* reexport */ EnableMFADeviceCommand),
  EnableMFADeviceRequest$: () => (/* reexport */ schemas_0/* EnableMFADeviceRequest$ */.XD9),
  EnableOrganizationsRootCredentialsManagement$: () => (/* reexport */ schemas_0/* EnableOrganizationsRootCredentialsManagement$ */.BKg),
  EnableOrganizationsRootCredentialsManagementCommand: () => (/* reexport */ EnableOrganizationsRootCredentialsManagementCommand),
  EnableOrganizationsRootCredentialsManagementRequest$: () => (/* reexport */ schemas_0/* EnableOrganizationsRootCredentialsManagementRequest$ */.KqS),
  EnableOrganizationsRootCredentialsManagementResponse$: () => (/* reexport */ schemas_0/* EnableOrganizationsRootCredentialsManagementResponse$ */.Oqc),
  EnableOrganizationsRootSessions$: () => (/* reexport */ schemas_0/* EnableOrganizationsRootSessions$ */.JOj),
  EnableOrganizationsRootSessionsCommand: () => (/* reexport */ EnableOrganizationsRootSessionsCommand),
  EnableOrganizationsRootSessionsRequest$: () => (/* reexport */ schemas_0/* EnableOrganizationsRootSessionsRequest$ */._Ot),
  EnableOrganizationsRootSessionsResponse$: () => (/* reexport */ schemas_0/* EnableOrganizationsRootSessionsResponse$ */.YH2),
  EnableOutboundWebIdentityFederation$: () => (/* reexport */ schemas_0/* EnableOutboundWebIdentityFederation$ */.paP),
  EnableOutboundWebIdentityFederationCommand: () => (/* reexport */ EnableOutboundWebIdentityFederationCommand),
  EnableOutboundWebIdentityFederationResponse$: () => (/* reexport */ schemas_0/* EnableOutboundWebIdentityFederationResponse$ */.kxL),
  EncodingType: () => (/* reexport */ EncodingType),
  EntityAlreadyExistsException: () => (/* reexport */ errors/* EntityAlreadyExistsException */.td),
  EntityAlreadyExistsException$: () => (/* reexport */ schemas_0/* EntityAlreadyExistsException$ */.pk),
  EntityDetails$: () => (/* reexport */ schemas_0/* EntityDetails$ */.Uvm),
  EntityInfo$: () => (/* reexport */ schemas_0/* EntityInfo$ */.QAL),
  EntityTemporarilyUnmodifiableException: () => (/* reexport */ errors/* EntityTemporarilyUnmodifiableException */._O),
  EntityTemporarilyUnmodifiableException$: () => (/* reexport */ schemas_0/* EntityTemporarilyUnmodifiableException$ */.EFq),
  EntityType: () => (/* reexport */ EntityType),
  ErrorDetails$: () => (/* reexport */ schemas_0/* ErrorDetails$ */.nez),
  EvaluationResult$: () => (/* reexport */ schemas_0/* EvaluationResult$ */.oER),
  FeatureDisabledException: () => (/* reexport */ errors/* FeatureDisabledException */.k),
  FeatureDisabledException$: () => (/* reexport */ schemas_0/* FeatureDisabledException$ */.ahH),
  FeatureEnabledException: () => (/* reexport */ errors/* FeatureEnabledException */.F1),
  FeatureEnabledException$: () => (/* reexport */ schemas_0/* FeatureEnabledException$ */.RmF),
  FeatureType: () => (/* reexport */ FeatureType),
  GenerateCredentialReport$: () => (/* reexport */ schemas_0/* GenerateCredentialReport$ */.jwB),
  GenerateCredentialReportCommand: () => (/* reexport */ GenerateCredentialReportCommand),
  GenerateCredentialReportResponse$: () => (/* reexport */ schemas_0/* GenerateCredentialReportResponse$ */.WvN),
  GenerateOrganizationsAccessReport$: () => (/* reexport */ schemas_0/* GenerateOrganizationsAccessReport$ */.A83),
  GenerateOrganizationsAccessReportCommand: () => (/* reexport */ GenerateOrganizationsAccessReportCommand),
  GenerateOrganizationsAccessReportRequest$: () => (/* reexport */ schemas_0/* GenerateOrganizationsAccessReportRequest$ */.hOp),
  GenerateOrganizationsAccessReportResponse$: () => (/* reexport */ schemas_0/* GenerateOrganizationsAccessReportResponse$ */.dJP),
  GenerateServiceLastAccessedDetails$: () => (/* reexport */ schemas_0/* GenerateServiceLastAccessedDetails$ */.mCz),
  GenerateServiceLastAccessedDetailsCommand: () => (/* reexport */ GenerateServiceLastAccessedDetailsCommand),
  GenerateServiceLastAccessedDetailsRequest$: () => (/* reexport */ schemas_0/* GenerateServiceLastAccessedDetailsRequest$ */.PUt),
  GenerateServiceLastAccessedDetailsResponse$: () => (/* reexport */ schemas_0/* GenerateServiceLastAccessedDetailsResponse$ */.Ht5),
  GetAccessKeyLastUsed$: () => (/* reexport */ schemas_0/* GetAccessKeyLastUsed$ */.RNG),
  GetAccessKeyLastUsedCommand: () => (/* reexport */ GetAccessKeyLastUsedCommand),
  GetAccessKeyLastUsedRequest$: () => (/* reexport */ schemas_0/* GetAccessKeyLastUsedRequest$ */.SnO),
  GetAccessKeyLastUsedResponse$: () => (/* reexport */ schemas_0/* GetAccessKeyLastUsedResponse$ */.aHG),
  GetAccountAuthorizationDetails$: () => (/* reexport */ schemas_0/* GetAccountAuthorizationDetails$ */.tgS),
  GetAccountAuthorizationDetailsCommand: () => (/* reexport */ GetAccountAuthorizationDetailsCommand),
  GetAccountAuthorizationDetailsRequest$: () => (/* reexport */ schemas_0/* GetAccountAuthorizationDetailsRequest$ */.svo),
  GetAccountAuthorizationDetailsResponse$: () => (/* reexport */ schemas_0/* GetAccountAuthorizationDetailsResponse$ */.emd),
  GetAccountPasswordPolicy$: () => (/* reexport */ schemas_0/* GetAccountPasswordPolicy$ */.xrD),
  GetAccountPasswordPolicyCommand: () => (/* reexport */ GetAccountPasswordPolicyCommand),
  GetAccountPasswordPolicyResponse$: () => (/* reexport */ schemas_0/* GetAccountPasswordPolicyResponse$ */.aDk),
  GetAccountProperties$: () => (/* reexport */ schemas_0/* GetAccountProperties$ */.dGv),
  GetAccountPropertiesCommand: () => (/* reexport */ GetAccountPropertiesCommand),
  GetAccountPropertiesRequest$: () => (/* reexport */ schemas_0/* GetAccountPropertiesRequest$ */.cRU),
  GetAccountPropertiesResponse$: () => (/* reexport */ schemas_0/* GetAccountPropertiesResponse$ */.Up),
  GetAccountSummary$: () => (/* reexport */ schemas_0/* GetAccountSummary$ */.C9B),
  GetAccountSummaryCommand: () => (/* reexport */ GetAccountSummaryCommand),
  GetAccountSummaryResponse$: () => (/* reexport */ schemas_0/* GetAccountSummaryResponse$ */.bkl),
  GetContextKeysForCustomPolicy$: () => (/* reexport */ schemas_0/* GetContextKeysForCustomPolicy$ */.e_N),
  GetContextKeysForCustomPolicyCommand: () => (/* reexport */ GetContextKeysForCustomPolicyCommand),
  GetContextKeysForCustomPolicyRequest$: () => (/* reexport */ schemas_0/* GetContextKeysForCustomPolicyRequest$ */.HCS),
  GetContextKeysForPolicyResponse$: () => (/* reexport */ schemas_0/* GetContextKeysForPolicyResponse$ */.q69),
  GetContextKeysForPrincipalPolicy$: () => (/* reexport */ schemas_0/* GetContextKeysForPrincipalPolicy$ */.nnN),
  GetContextKeysForPrincipalPolicyCommand: () => (/* reexport */ GetContextKeysForPrincipalPolicyCommand),
  GetContextKeysForPrincipalPolicyRequest$: () => (/* reexport */ schemas_0/* GetContextKeysForPrincipalPolicyRequest$ */.cVJ),
  GetCredentialReport$: () => (/* reexport */ schemas_0/* GetCredentialReport$ */.s5y),
  GetCredentialReportCommand: () => (/* reexport */ GetCredentialReportCommand),
  GetCredentialReportResponse$: () => (/* reexport */ schemas_0/* GetCredentialReportResponse$ */.RYj),
  GetDelegationRequest$: () => (/* reexport */ schemas_0/* GetDelegationRequest$ */.UWZ),
  GetDelegationRequestCommand: () => (/* reexport */ GetDelegationRequestCommand),
  GetDelegationRequestRequest$: () => (/* reexport */ schemas_0/* GetDelegationRequestRequest$ */.lqe),
  GetDelegationRequestResponse$: () => (/* reexport */ schemas_0/* GetDelegationRequestResponse$ */.nwM),
  GetGroup$: () => (/* reexport */ schemas_0/* GetGroup$ */.axy),
  GetGroupCommand: () => (/* reexport */ GetGroupCommand),
  GetGroupPolicy$: () => (/* reexport */ schemas_0/* GetGroupPolicy$ */.G_Y),
  GetGroupPolicyCommand: () => (/* reexport */ GetGroupPolicyCommand),
  GetGroupPolicyRequest$: () => (/* reexport */ schemas_0/* GetGroupPolicyRequest$ */.BtU),
  GetGroupPolicyResponse$: () => (/* reexport */ schemas_0/* GetGroupPolicyResponse$ */.jx3),
  GetGroupRequest$: () => (/* reexport */ schemas_0/* GetGroupRequest$ */.z5A),
  GetGroupResponse$: () => (/* reexport */ schemas_0/* GetGroupResponse$ */.hb5),
  GetHumanReadableSummary$: () => (/* reexport */ schemas_0/* GetHumanReadableSummary$ */.eak),
  GetHumanReadableSummaryCommand: () => (/* reexport */ GetHumanReadableSummaryCommand),
  GetHumanReadableSummaryRequest$: () => (/* reexport */ schemas_0/* GetHumanReadableSummaryRequest$ */.D49),
  GetHumanReadableSummaryResponse$: () => (/* reexport */ schemas_0/* GetHumanReadableSummaryResponse$ */.z3C),
  GetInstanceProfile$: () => (/* reexport */ schemas_0/* GetInstanceProfile$ */.nqs),
  GetInstanceProfileCommand: () => (/* reexport */ GetInstanceProfileCommand),
  GetInstanceProfileRequest$: () => (/* reexport */ schemas_0/* GetInstanceProfileRequest$ */.uv2),
  GetInstanceProfileResponse$: () => (/* reexport */ schemas_0/* GetInstanceProfileResponse$ */.EGl),
  GetLoginProfile$: () => (/* reexport */ schemas_0/* GetLoginProfile$ */.nuJ),
  GetLoginProfileCommand: () => (/* reexport */ GetLoginProfileCommand),
  GetLoginProfileRequest$: () => (/* reexport */ schemas_0/* GetLoginProfileRequest$ */.woL),
  GetLoginProfileResponse$: () => (/* reexport */ schemas_0/* GetLoginProfileResponse$ */.sMi),
  GetMFADevice$: () => (/* reexport */ schemas_0/* GetMFADevice$ */.FLA),
  GetMFADeviceCommand: () => (/* reexport */ GetMFADeviceCommand),
  GetMFADeviceRequest$: () => (/* reexport */ schemas_0/* GetMFADeviceRequest$ */.atk),
  GetMFADeviceResponse$: () => (/* reexport */ schemas_0/* GetMFADeviceResponse$ */._pJ),
  GetOpenIDConnectProvider$: () => (/* reexport */ schemas_0/* GetOpenIDConnectProvider$ */.N5c),
  GetOpenIDConnectProviderCommand: () => (/* reexport */ GetOpenIDConnectProviderCommand),
  GetOpenIDConnectProviderRequest$: () => (/* reexport */ schemas_0/* GetOpenIDConnectProviderRequest$ */.qBF),
  GetOpenIDConnectProviderResponse$: () => (/* reexport */ schemas_0/* GetOpenIDConnectProviderResponse$ */.qfW),
  GetOrganizationsAccessReport$: () => (/* reexport */ schemas_0/* GetOrganizationsAccessReport$ */.D4V),
  GetOrganizationsAccessReportCommand: () => (/* reexport */ GetOrganizationsAccessReportCommand),
  GetOrganizationsAccessReportRequest$: () => (/* reexport */ schemas_0/* GetOrganizationsAccessReportRequest$ */.ACD),
  GetOrganizationsAccessReportResponse$: () => (/* reexport */ schemas_0/* GetOrganizationsAccessReportResponse$ */.o4T),
  GetOutboundWebIdentityFederationInfo$: () => (/* reexport */ schemas_0/* GetOutboundWebIdentityFederationInfo$ */.MVS),
  GetOutboundWebIdentityFederationInfoCommand: () => (/* reexport */ GetOutboundWebIdentityFederationInfoCommand),
  GetOutboundWebIdentityFederationInfoResponse$: () => (/* reexport */ schemas_0/* GetOutboundWebIdentityFederationInfoResponse$ */.DBo),
  GetPolicy$: () => (/* reexport */ schemas_0/* GetPolicy$ */.BFj),
  GetPolicyCommand: () => (/* reexport */ GetPolicyCommand),
  GetPolicyRequest$: () => (/* reexport */ schemas_0/* GetPolicyRequest$ */.K53),
  GetPolicyResponse$: () => (/* reexport */ schemas_0/* GetPolicyResponse$ */.eBC),
  GetPolicyVersion$: () => (/* reexport */ schemas_0/* GetPolicyVersion$ */.tYe),
  GetPolicyVersionCommand: () => (/* reexport */ GetPolicyVersionCommand),
  GetPolicyVersionRequest$: () => (/* reexport */ schemas_0/* GetPolicyVersionRequest$ */.uM2),
  GetPolicyVersionResponse$: () => (/* reexport */ schemas_0/* GetPolicyVersionResponse$ */.K41),
  GetRole$: () => (/* reexport */ schemas_0/* GetRole$ */.pW4),
  GetRoleCommand: () => (/* reexport */ GetRoleCommand/* GetRoleCommand */.k),
  GetRolePolicy$: () => (/* reexport */ schemas_0/* GetRolePolicy$ */.bee),
  GetRolePolicyCommand: () => (/* reexport */ GetRolePolicyCommand),
  GetRolePolicyRequest$: () => (/* reexport */ schemas_0/* GetRolePolicyRequest$ */.g4q),
  GetRolePolicyResponse$: () => (/* reexport */ schemas_0/* GetRolePolicyResponse$ */.g_z),
  GetRoleRequest$: () => (/* reexport */ schemas_0/* GetRoleRequest$ */.Yb5),
  GetRoleResponse$: () => (/* reexport */ schemas_0/* GetRoleResponse$ */.eGd),
  GetRoleTemplateVersion$: () => (/* reexport */ schemas_0/* GetRoleTemplateVersion$ */.lQ_),
  GetRoleTemplateVersionCommand: () => (/* reexport */ GetRoleTemplateVersionCommand),
  GetRoleTemplateVersionRequest$: () => (/* reexport */ schemas_0/* GetRoleTemplateVersionRequest$ */.sn0),
  GetRoleTemplateVersionResponse$: () => (/* reexport */ schemas_0/* GetRoleTemplateVersionResponse$ */.G6g),
  GetSAMLProvider$: () => (/* reexport */ schemas_0/* GetSAMLProvider$ */.RM),
  GetSAMLProviderCommand: () => (/* reexport */ GetSAMLProviderCommand),
  GetSAMLProviderRequest$: () => (/* reexport */ schemas_0/* GetSAMLProviderRequest$ */.wlb),
  GetSAMLProviderResponse$: () => (/* reexport */ schemas_0/* GetSAMLProviderResponse$ */.EPZ),
  GetSSHPublicKey$: () => (/* reexport */ schemas_0/* GetSSHPublicKey$ */.XQ0),
  GetSSHPublicKeyCommand: () => (/* reexport */ GetSSHPublicKeyCommand),
  GetSSHPublicKeyRequest$: () => (/* reexport */ schemas_0/* GetSSHPublicKeyRequest$ */.WBH),
  GetSSHPublicKeyResponse$: () => (/* reexport */ schemas_0/* GetSSHPublicKeyResponse$ */.w8O),
  GetServerCertificate$: () => (/* reexport */ schemas_0/* GetServerCertificate$ */.R_),
  GetServerCertificateCommand: () => (/* reexport */ GetServerCertificateCommand),
  GetServerCertificateRequest$: () => (/* reexport */ schemas_0/* GetServerCertificateRequest$ */.KED),
  GetServerCertificateResponse$: () => (/* reexport */ schemas_0/* GetServerCertificateResponse$ */.OIh),
  GetServiceLastAccessedDetails$: () => (/* reexport */ schemas_0/* GetServiceLastAccessedDetails$ */.bAB),
  GetServiceLastAccessedDetailsCommand: () => (/* reexport */ GetServiceLastAccessedDetailsCommand),
  GetServiceLastAccessedDetailsRequest$: () => (/* reexport */ schemas_0/* GetServiceLastAccessedDetailsRequest$ */.gsp),
  GetServiceLastAccessedDetailsResponse$: () => (/* reexport */ schemas_0/* GetServiceLastAccessedDetailsResponse$ */.yX0),
  GetServiceLastAccessedDetailsWithEntities$: () => (/* reexport */ schemas_0/* GetServiceLastAccessedDetailsWithEntities$ */.cAc),
  GetServiceLastAccessedDetailsWithEntitiesCommand: () => (/* reexport */ GetServiceLastAccessedDetailsWithEntitiesCommand),
  GetServiceLastAccessedDetailsWithEntitiesRequest$: () => (/* reexport */ schemas_0/* GetServiceLastAccessedDetailsWithEntitiesRequest$ */.rFR),
  GetServiceLastAccessedDetailsWithEntitiesResponse$: () => (/* reexport */ schemas_0/* GetServiceLastAccessedDetailsWithEntitiesResponse$ */.tLJ),
  GetServiceLinkedRoleDeletionStatus$: () => (/* reexport */ schemas_0/* GetServiceLinkedRoleDeletionStatus$ */.JwD),
  GetServiceLinkedRoleDeletionStatusCommand: () => (/* reexport */ GetServiceLinkedRoleDeletionStatusCommand),
  GetServiceLinkedRoleDeletionStatusRequest$: () => (/* reexport */ schemas_0/* GetServiceLinkedRoleDeletionStatusRequest$ */.gV7),
  GetServiceLinkedRoleDeletionStatusResponse$: () => (/* reexport */ schemas_0/* GetServiceLinkedRoleDeletionStatusResponse$ */.wjS),
  GetUser$: () => (/* reexport */ schemas_0/* GetUser$ */._k2),
  GetUserCommand: () => (/* reexport */ GetUserCommand),
  GetUserPolicy$: () => (/* reexport */ schemas_0/* GetUserPolicy$ */.oY2),
  GetUserPolicyCommand: () => (/* reexport */ GetUserPolicyCommand),
  GetUserPolicyRequest$: () => (/* reexport */ schemas_0/* GetUserPolicyRequest$ */.p4i),
  GetUserPolicyResponse$: () => (/* reexport */ schemas_0/* GetUserPolicyResponse$ */.VL5),
  GetUserRequest$: () => (/* reexport */ schemas_0/* GetUserRequest$ */.DUp),
  GetUserResponse$: () => (/* reexport */ schemas_0/* GetUserResponse$ */.zHm),
  GlobalEndpointTokenVersion: () => (/* reexport */ GlobalEndpointTokenVersion),
  Group$: () => (/* reexport */ schemas_0/* Group$ */.sjV),
  GroupDetail$: () => (/* reexport */ schemas_0/* GroupDetail$ */.jS0),
  IAM: () => (/* reexport */ IAM),
  IAMClient: () => (/* reexport */ IAMClient),
  IAMServiceException: () => (/* reexport */ IAMServiceException/* IAMServiceException */._),
  IAMServiceException$: () => (/* reexport */ schemas_0/* IAMServiceException$ */.Sn0),
  InlinePolicy$: () => (/* reexport */ schemas_0/* InlinePolicy$ */.OZ8),
  InlinePolicyIdentifierType$: () => (/* reexport */ schemas_0/* InlinePolicyIdentifierType$ */.Jj1),
  InstanceProfile$: () => (/* reexport */ schemas_0/* InstanceProfile$ */.x6M),
  InvalidAuthenticationCodeException: () => (/* reexport */ errors/* InvalidAuthenticationCodeException */.Wz),
  InvalidAuthenticationCodeException$: () => (/* reexport */ schemas_0/* InvalidAuthenticationCodeException$ */.SxF),
  InvalidCertificateException: () => (/* reexport */ errors/* InvalidCertificateException */.qq),
  InvalidCertificateException$: () => (/* reexport */ schemas_0/* InvalidCertificateException$ */.UzB),
  InvalidInputException: () => (/* reexport */ errors/* InvalidInputException */.z5),
  InvalidInputException$: () => (/* reexport */ schemas_0/* InvalidInputException$ */.ziI),
  InvalidPublicKeyException: () => (/* reexport */ errors/* InvalidPublicKeyException */.jB),
  InvalidPublicKeyException$: () => (/* reexport */ schemas_0/* InvalidPublicKeyException$ */.fWv),
  InvalidUserTypeException: () => (/* reexport */ errors/* InvalidUserTypeException */.oD),
  InvalidUserTypeException$: () => (/* reexport */ schemas_0/* InvalidUserTypeException$ */.GGX),
  JobStatusType: () => (/* reexport */ JobStatusType),
  KeyPairMismatchException: () => (/* reexport */ errors/* KeyPairMismatchException */.HX),
  KeyPairMismatchException$: () => (/* reexport */ schemas_0/* KeyPairMismatchException$ */.n2Q),
  LimitExceededException: () => (/* reexport */ errors/* LimitExceededException */.UC),
  LimitExceededException$: () => (/* reexport */ schemas_0/* LimitExceededException$ */.qrA),
  ListAccessKeys$: () => (/* reexport */ schemas_0/* ListAccessKeys$ */.f9g),
  ListAccessKeysCommand: () => (/* reexport */ ListAccessKeysCommand),
  ListAccessKeysRequest$: () => (/* reexport */ schemas_0/* ListAccessKeysRequest$ */.eOn),
  ListAccessKeysResponse$: () => (/* reexport */ schemas_0/* ListAccessKeysResponse$ */.uwQ),
  ListAccountAliases$: () => (/* reexport */ schemas_0/* ListAccountAliases$ */.cx7),
  ListAccountAliasesCommand: () => (/* reexport */ ListAccountAliasesCommand),
  ListAccountAliasesRequest$: () => (/* reexport */ schemas_0/* ListAccountAliasesRequest$ */.rMR),
  ListAccountAliasesResponse$: () => (/* reexport */ schemas_0/* ListAccountAliasesResponse$ */.DvQ),
  ListAttachedGroupPolicies$: () => (/* reexport */ schemas_0/* ListAttachedGroupPolicies$ */.MiV),
  ListAttachedGroupPoliciesCommand: () => (/* reexport */ ListAttachedGroupPoliciesCommand),
  ListAttachedGroupPoliciesRequest$: () => (/* reexport */ schemas_0/* ListAttachedGroupPoliciesRequest$ */.z$o),
  ListAttachedGroupPoliciesResponse$: () => (/* reexport */ schemas_0/* ListAttachedGroupPoliciesResponse$ */.zqi),
  ListAttachedRolePolicies$: () => (/* reexport */ schemas_0/* ListAttachedRolePolicies$ */.JWy),
  ListAttachedRolePoliciesCommand: () => (/* reexport */ ListAttachedRolePoliciesCommand),
  ListAttachedRolePoliciesRequest$: () => (/* reexport */ schemas_0/* ListAttachedRolePoliciesRequest$ */.ste),
  ListAttachedRolePoliciesResponse$: () => (/* reexport */ schemas_0/* ListAttachedRolePoliciesResponse$ */.ms1),
  ListAttachedUserPolicies$: () => (/* reexport */ schemas_0/* ListAttachedUserPolicies$ */.oJD),
  ListAttachedUserPoliciesCommand: () => (/* reexport */ ListAttachedUserPoliciesCommand),
  ListAttachedUserPoliciesRequest$: () => (/* reexport */ schemas_0/* ListAttachedUserPoliciesRequest$ */.Hy9),
  ListAttachedUserPoliciesResponse$: () => (/* reexport */ schemas_0/* ListAttachedUserPoliciesResponse$ */.jj6),
  ListDelegationRequests$: () => (/* reexport */ schemas_0/* ListDelegationRequests$ */.JXz),
  ListDelegationRequestsCommand: () => (/* reexport */ ListDelegationRequestsCommand),
  ListDelegationRequestsRequest$: () => (/* reexport */ schemas_0/* ListDelegationRequestsRequest$ */.I_U),
  ListDelegationRequestsResponse$: () => (/* reexport */ schemas_0/* ListDelegationRequestsResponse$ */.mv4),
  ListEntitiesForPolicy$: () => (/* reexport */ schemas_0/* ListEntitiesForPolicy$ */.pUj),
  ListEntitiesForPolicyCommand: () => (/* reexport */ ListEntitiesForPolicyCommand),
  ListEntitiesForPolicyRequest$: () => (/* reexport */ schemas_0/* ListEntitiesForPolicyRequest$ */.Gou),
  ListEntitiesForPolicyResponse$: () => (/* reexport */ schemas_0/* ListEntitiesForPolicyResponse$ */.cXC),
  ListGroupPolicies$: () => (/* reexport */ schemas_0/* ListGroupPolicies$ */.QIW),
  ListGroupPoliciesCommand: () => (/* reexport */ ListGroupPoliciesCommand),
  ListGroupPoliciesRequest$: () => (/* reexport */ schemas_0/* ListGroupPoliciesRequest$ */.TbI),
  ListGroupPoliciesResponse$: () => (/* reexport */ schemas_0/* ListGroupPoliciesResponse$ */.jOC),
  ListGroups$: () => (/* reexport */ schemas_0/* ListGroups$ */.J$s),
  ListGroupsCommand: () => (/* reexport */ ListGroupsCommand),
  ListGroupsForUser$: () => (/* reexport */ schemas_0/* ListGroupsForUser$ */.J0W),
  ListGroupsForUserCommand: () => (/* reexport */ ListGroupsForUserCommand),
  ListGroupsForUserRequest$: () => (/* reexport */ schemas_0/* ListGroupsForUserRequest$ */.k7i),
  ListGroupsForUserResponse$: () => (/* reexport */ schemas_0/* ListGroupsForUserResponse$ */.yeM),
  ListGroupsRequest$: () => (/* reexport */ schemas_0/* ListGroupsRequest$ */._Lf),
  ListGroupsResponse$: () => (/* reexport */ schemas_0/* ListGroupsResponse$ */.geR),
  ListInstanceProfileTags$: () => (/* reexport */ schemas_0/* ListInstanceProfileTags$ */.Q8Y),
  ListInstanceProfileTagsCommand: () => (/* reexport */ ListInstanceProfileTagsCommand),
  ListInstanceProfileTagsRequest$: () => (/* reexport */ schemas_0/* ListInstanceProfileTagsRequest$ */.vBv),
  ListInstanceProfileTagsResponse$: () => (/* reexport */ schemas_0/* ListInstanceProfileTagsResponse$ */.JRS),
  ListInstanceProfiles$: () => (/* reexport */ schemas_0/* ListInstanceProfiles$ */.KWR),
  ListInstanceProfilesCommand: () => (/* reexport */ ListInstanceProfilesCommand),
  ListInstanceProfilesForRole$: () => (/* reexport */ schemas_0/* ListInstanceProfilesForRole$ */.Fuf),
  ListInstanceProfilesForRoleCommand: () => (/* reexport */ ListInstanceProfilesForRoleCommand),
  ListInstanceProfilesForRoleRequest$: () => (/* reexport */ schemas_0/* ListInstanceProfilesForRoleRequest$ */.Gq9),
  ListInstanceProfilesForRoleResponse$: () => (/* reexport */ schemas_0/* ListInstanceProfilesForRoleResponse$ */.man),
  ListInstanceProfilesRequest$: () => (/* reexport */ schemas_0/* ListInstanceProfilesRequest$ */.XAt),
  ListInstanceProfilesResponse$: () => (/* reexport */ schemas_0/* ListInstanceProfilesResponse$ */.njb),
  ListMFADeviceTags$: () => (/* reexport */ schemas_0/* ListMFADeviceTags$ */.UUW),
  ListMFADeviceTagsCommand: () => (/* reexport */ ListMFADeviceTagsCommand),
  ListMFADeviceTagsRequest$: () => (/* reexport */ schemas_0/* ListMFADeviceTagsRequest$ */.$dz),
  ListMFADeviceTagsResponse$: () => (/* reexport */ schemas_0/* ListMFADeviceTagsResponse$ */.dZP),
  ListMFADevices$: () => (/* reexport */ schemas_0/* ListMFADevices$ */.Oci),
  ListMFADevicesCommand: () => (/* reexport */ ListMFADevicesCommand),
  ListMFADevicesRequest$: () => (/* reexport */ schemas_0/* ListMFADevicesRequest$ */.Tyu),
  ListMFADevicesResponse$: () => (/* reexport */ schemas_0/* ListMFADevicesResponse$ */.Djq),
  ListOpenIDConnectProviderTags$: () => (/* reexport */ schemas_0/* ListOpenIDConnectProviderTags$ */.g_8),
  ListOpenIDConnectProviderTagsCommand: () => (/* reexport */ ListOpenIDConnectProviderTagsCommand),
  ListOpenIDConnectProviderTagsRequest$: () => (/* reexport */ schemas_0/* ListOpenIDConnectProviderTagsRequest$ */.heX),
  ListOpenIDConnectProviderTagsResponse$: () => (/* reexport */ schemas_0/* ListOpenIDConnectProviderTagsResponse$ */.hHK),
  ListOpenIDConnectProviders$: () => (/* reexport */ schemas_0/* ListOpenIDConnectProviders$ */.cNC),
  ListOpenIDConnectProvidersCommand: () => (/* reexport */ ListOpenIDConnectProvidersCommand),
  ListOpenIDConnectProvidersRequest$: () => (/* reexport */ schemas_0/* ListOpenIDConnectProvidersRequest$ */.TmS),
  ListOpenIDConnectProvidersResponse$: () => (/* reexport */ schemas_0/* ListOpenIDConnectProvidersResponse$ */.tKh),
  ListOrganizationsFeatures$: () => (/* reexport */ schemas_0/* ListOrganizationsFeatures$ */.E51),
  ListOrganizationsFeaturesCommand: () => (/* reexport */ ListOrganizationsFeaturesCommand),
  ListOrganizationsFeaturesRequest$: () => (/* reexport */ schemas_0/* ListOrganizationsFeaturesRequest$ */.$K_),
  ListOrganizationsFeaturesResponse$: () => (/* reexport */ schemas_0/* ListOrganizationsFeaturesResponse$ */.rtt),
  ListPolicies$: () => (/* reexport */ schemas_0/* ListPolicies$ */.fJA),
  ListPoliciesCommand: () => (/* reexport */ ListPoliciesCommand),
  ListPoliciesGrantingServiceAccess$: () => (/* reexport */ schemas_0/* ListPoliciesGrantingServiceAccess$ */.Qa4),
  ListPoliciesGrantingServiceAccessCommand: () => (/* reexport */ ListPoliciesGrantingServiceAccessCommand),
  ListPoliciesGrantingServiceAccessEntry$: () => (/* reexport */ schemas_0/* ListPoliciesGrantingServiceAccessEntry$ */.yho),
  ListPoliciesGrantingServiceAccessRequest$: () => (/* reexport */ schemas_0/* ListPoliciesGrantingServiceAccessRequest$ */.fVw),
  ListPoliciesGrantingServiceAccessResponse$: () => (/* reexport */ schemas_0/* ListPoliciesGrantingServiceAccessResponse$ */.tNH),
  ListPoliciesRequest$: () => (/* reexport */ schemas_0/* ListPoliciesRequest$ */.esF),
  ListPoliciesResponse$: () => (/* reexport */ schemas_0/* ListPoliciesResponse$ */.Siy),
  ListPolicyTags$: () => (/* reexport */ schemas_0/* ListPolicyTags$ */.iJC),
  ListPolicyTagsCommand: () => (/* reexport */ ListPolicyTagsCommand),
  ListPolicyTagsRequest$: () => (/* reexport */ schemas_0/* ListPolicyTagsRequest$ */.P5Y),
  ListPolicyTagsResponse$: () => (/* reexport */ schemas_0/* ListPolicyTagsResponse$ */.v0C),
  ListPolicyVersions$: () => (/* reexport */ schemas_0/* ListPolicyVersions$ */.qjj),
  ListPolicyVersionsCommand: () => (/* reexport */ ListPolicyVersionsCommand),
  ListPolicyVersionsRequest$: () => (/* reexport */ schemas_0/* ListPolicyVersionsRequest$ */.bZA),
  ListPolicyVersionsResponse$: () => (/* reexport */ schemas_0/* ListPolicyVersionsResponse$ */.dXM),
  ListRolePolicies$: () => (/* reexport */ schemas_0/* ListRolePolicies$ */.rBP),
  ListRolePoliciesCommand: () => (/* reexport */ ListRolePoliciesCommand),
  ListRolePoliciesRequest$: () => (/* reexport */ schemas_0/* ListRolePoliciesRequest$ */.uaE),
  ListRolePoliciesResponse$: () => (/* reexport */ schemas_0/* ListRolePoliciesResponse$ */.Gui),
  ListRoleTags$: () => (/* reexport */ schemas_0/* ListRoleTags$ */.YVh),
  ListRoleTagsCommand: () => (/* reexport */ ListRoleTagsCommand),
  ListRoleTagsRequest$: () => (/* reexport */ schemas_0/* ListRoleTagsRequest$ */.vGS),
  ListRoleTagsResponse$: () => (/* reexport */ schemas_0/* ListRoleTagsResponse$ */.vbx),
  ListRoles$: () => (/* reexport */ schemas_0/* ListRoles$ */.WLh),
  ListRolesCommand: () => (/* reexport */ ListRolesCommand/* ListRolesCommand */.J),
  ListRolesRequest$: () => (/* reexport */ schemas_0/* ListRolesRequest$ */.ztw),
  ListRolesResponse$: () => (/* reexport */ schemas_0/* ListRolesResponse$ */.zSo),
  ListSAMLProviderTags$: () => (/* reexport */ schemas_0/* ListSAMLProviderTags$ */.UZB),
  ListSAMLProviderTagsCommand: () => (/* reexport */ ListSAMLProviderTagsCommand),
  ListSAMLProviderTagsRequest$: () => (/* reexport */ schemas_0/* ListSAMLProviderTagsRequest$ */.biZ),
  ListSAMLProviderTagsResponse$: () => (/* reexport */ schemas_0/* ListSAMLProviderTagsResponse$ */.fVT),
  ListSAMLProviders$: () => (/* reexport */ schemas_0/* ListSAMLProviders$ */._PU),
  ListSAMLProvidersCommand: () => (/* reexport */ ListSAMLProvidersCommand),
  ListSAMLProvidersRequest$: () => (/* reexport */ schemas_0/* ListSAMLProvidersRequest$ */.z50),
  ListSAMLProvidersResponse$: () => (/* reexport */ schemas_0/* ListSAMLProvidersResponse$ */.DWR),
  ListSSHPublicKeys$: () => (/* reexport */ schemas_0/* ListSSHPublicKeys$ */._I1),
  ListSSHPublicKeysCommand: () => (/* reexport */ ListSSHPublicKeysCommand),
  ListSSHPublicKeysRequest$: () => (/* reexport */ schemas_0/* ListSSHPublicKeysRequest$ */.NNo),
  ListSSHPublicKeysResponse$: () => (/* reexport */ schemas_0/* ListSSHPublicKeysResponse$ */.pyo),
  ListServerCertificateTags$: () => (/* reexport */ schemas_0/* ListServerCertificateTags$ */.c5f),
  ListServerCertificateTagsCommand: () => (/* reexport */ ListServerCertificateTagsCommand),
  ListServerCertificateTagsRequest$: () => (/* reexport */ schemas_0/* ListServerCertificateTagsRequest$ */.vw_),
  ListServerCertificateTagsResponse$: () => (/* reexport */ schemas_0/* ListServerCertificateTagsResponse$ */.XHu),
  ListServerCertificates$: () => (/* reexport */ schemas_0/* ListServerCertificates$ */.gAs),
  ListServerCertificatesCommand: () => (/* reexport */ ListServerCertificatesCommand),
  ListServerCertificatesRequest$: () => (/* reexport */ schemas_0/* ListServerCertificatesRequest$ */.FKt),
  ListServerCertificatesResponse$: () => (/* reexport */ schemas_0/* ListServerCertificatesResponse$ */.bwJ),
  ListServiceSpecificCredentials$: () => (/* reexport */ schemas_0/* ListServiceSpecificCredentials$ */.CTE),
  ListServiceSpecificCredentialsCommand: () => (/* reexport */ ListServiceSpecificCredentialsCommand),
  ListServiceSpecificCredentialsRequest$: () => (/* reexport */ schemas_0/* ListServiceSpecificCredentialsRequest$ */.NuB),
  ListServiceSpecificCredentialsResponse$: () => (/* reexport */ schemas_0/* ListServiceSpecificCredentialsResponse$ */.DqM),
  ListSigningCertificates$: () => (/* reexport */ schemas_0/* ListSigningCertificates$ */.KIe),
  ListSigningCertificatesCommand: () => (/* reexport */ ListSigningCertificatesCommand),
  ListSigningCertificatesRequest$: () => (/* reexport */ schemas_0/* ListSigningCertificatesRequest$ */.$kW),
  ListSigningCertificatesResponse$: () => (/* reexport */ schemas_0/* ListSigningCertificatesResponse$ */.ZQm),
  ListUserPolicies$: () => (/* reexport */ schemas_0/* ListUserPolicies$ */.ILW),
  ListUserPoliciesCommand: () => (/* reexport */ ListUserPoliciesCommand),
  ListUserPoliciesRequest$: () => (/* reexport */ schemas_0/* ListUserPoliciesRequest$ */.Jfx),
  ListUserPoliciesResponse$: () => (/* reexport */ schemas_0/* ListUserPoliciesResponse$ */.nJp),
  ListUserTags$: () => (/* reexport */ schemas_0/* ListUserTags$ */.vHE),
  ListUserTagsCommand: () => (/* reexport */ ListUserTagsCommand),
  ListUserTagsRequest$: () => (/* reexport */ schemas_0/* ListUserTagsRequest$ */.Qtq),
  ListUserTagsResponse$: () => (/* reexport */ schemas_0/* ListUserTagsResponse$ */.c9H),
  ListUsers$: () => (/* reexport */ schemas_0/* ListUsers$ */.Biz),
  ListUsersCommand: () => (/* reexport */ ListUsersCommand),
  ListUsersRequest$: () => (/* reexport */ schemas_0/* ListUsersRequest$ */.I$I),
  ListUsersResponse$: () => (/* reexport */ schemas_0/* ListUsersResponse$ */.uYW),
  ListVirtualMFADevices$: () => (/* reexport */ schemas_0/* ListVirtualMFADevices$ */.pDb),
  ListVirtualMFADevicesCommand: () => (/* reexport */ ListVirtualMFADevicesCommand),
  ListVirtualMFADevicesRequest$: () => (/* reexport */ schemas_0/* ListVirtualMFADevicesRequest$ */.QKm),
  ListVirtualMFADevicesResponse$: () => (/* reexport */ schemas_0/* ListVirtualMFADevicesResponse$ */.GTO),
  LoginProfile$: () => (/* reexport */ schemas_0/* LoginProfile$ */.f1B),
  MFADevice$: () => (/* reexport */ schemas_0/* MFADevice$ */.pMo),
  MalformedCertificateException: () => (/* reexport */ errors/* MalformedCertificateException */.kk),
  MalformedCertificateException$: () => (/* reexport */ schemas_0/* MalformedCertificateException$ */.U8E),
  MalformedPolicyDocumentException: () => (/* reexport */ errors/* MalformedPolicyDocumentException */._Z),
  MalformedPolicyDocumentException$: () => (/* reexport */ schemas_0/* MalformedPolicyDocumentException$ */.qHG),
  ManagedByTypeType: () => (/* reexport */ ManagedByTypeType),
  ManagedPolicyDetail$: () => (/* reexport */ schemas_0/* ManagedPolicyDetail$ */.jY3),
  NameConflictException: () => (/* reexport */ errors/* NameConflictException */.vZ),
  NameConflictException$: () => (/* reexport */ schemas_0/* NameConflictException$ */.$ks),
  NoSuchEntityException: () => (/* reexport */ errors/* NoSuchEntityException */.vi),
  NoSuchEntityException$: () => (/* reexport */ schemas_0/* NoSuchEntityException$ */.BGN),
  OpenIDConnectProviderListEntry$: () => (/* reexport */ schemas_0/* OpenIDConnectProviderListEntry$ */.xzn),
  OpenIdIdpCommunicationErrorException: () => (/* reexport */ errors/* OpenIdIdpCommunicationErrorException */.Oj),
  OpenIdIdpCommunicationErrorException$: () => (/* reexport */ schemas_0/* OpenIdIdpCommunicationErrorException$ */.k2m),
  OrderedOrganizationPolicyType$: () => (/* reexport */ schemas_0/* OrderedOrganizationPolicyType$ */.np$),
  OrganizationNotFoundException: () => (/* reexport */ errors/* OrganizationNotFoundException */.E4),
  OrganizationNotFoundException$: () => (/* reexport */ schemas_0/* OrganizationNotFoundException$ */.WD1),
  OrganizationNotInAllFeaturesModeException: () => (/* reexport */ errors/* OrganizationNotInAllFeaturesModeException */.eS),
  OrganizationNotInAllFeaturesModeException$: () => (/* reexport */ schemas_0/* OrganizationNotInAllFeaturesModeException$ */.MxO),
  OrganizationsDecisionDetail$: () => (/* reexport */ schemas_0/* OrganizationsDecisionDetail$ */.icF),
  ParameterDefinition$: () => (/* reexport */ schemas_0/* ParameterDefinition$ */.hzY),
  ParameterTypeType: () => (/* reexport */ ParameterTypeType),
  PasswordPolicy$: () => (/* reexport */ schemas_0/* PasswordPolicy$ */.k6J),
  PasswordPolicyViolationException: () => (/* reexport */ errors/* PasswordPolicyViolationException */.ks),
  PasswordPolicyViolationException$: () => (/* reexport */ schemas_0/* PasswordPolicyViolationException$ */.eJ_),
  PermissionCheckResultType: () => (/* reexport */ PermissionCheckResultType),
  PermissionCheckStatusType: () => (/* reexport */ PermissionCheckStatusType),
  PermissionsBoundaryAttachmentType: () => (/* reexport */ PermissionsBoundaryAttachmentType),
  PermissionsBoundaryDecisionDetail$: () => (/* reexport */ schemas_0/* PermissionsBoundaryDecisionDetail$ */.cgw),
  Policy$: () => (/* reexport */ schemas_0/* Policy$ */.tOq),
  PolicyDetail$: () => (/* reexport */ schemas_0/* PolicyDetail$ */.erV),
  PolicyEvaluationDecisionType: () => (/* reexport */ PolicyEvaluationDecisionType),
  PolicyEvaluationException: () => (/* reexport */ errors/* PolicyEvaluationException */.qN),
  PolicyEvaluationException$: () => (/* reexport */ schemas_0/* PolicyEvaluationException$ */.IK2),
  PolicyGrantingServiceAccess$: () => (/* reexport */ schemas_0/* PolicyGrantingServiceAccess$ */.U83),
  PolicyGroup$: () => (/* reexport */ schemas_0/* PolicyGroup$ */.wsM),
  PolicyIdentifier$: () => (/* reexport */ schemas_0/* PolicyIdentifier$ */._Ar),
  PolicyIdentifierPolicyType: () => (/* reexport */ PolicyIdentifierPolicyType),
  PolicyNotAttachableException: () => (/* reexport */ errors/* PolicyNotAttachableException */.YO),
  PolicyNotAttachableException$: () => (/* reexport */ schemas_0/* PolicyNotAttachableException$ */.Ohb),
  PolicyOwnerEntityType: () => (/* reexport */ PolicyOwnerEntityType),
  PolicyParameter$: () => (/* reexport */ schemas_0/* PolicyParameter$ */.u5h),
  PolicyParameterTypeEnum: () => (/* reexport */ PolicyParameterTypeEnum),
  PolicyRole$: () => (/* reexport */ schemas_0/* PolicyRole$ */.JUz),
  PolicyScopeType: () => (/* reexport */ PolicyScopeType),
  PolicySourceType: () => (/* reexport */ PolicySourceType),
  PolicyType: () => (/* reexport */ PolicyType),
  PolicyUsageType: () => (/* reexport */ PolicyUsageType),
  PolicyUser$: () => (/* reexport */ schemas_0/* PolicyUser$ */.CQn),
  PolicyVersion$: () => (/* reexport */ schemas_0/* PolicyVersion$ */.vmr),
  Position$: () => (/* reexport */ schemas_0/* Position$ */.aLP),
  PutAccountProperties$: () => (/* reexport */ schemas_0/* PutAccountProperties$ */.ABt),
  PutAccountPropertiesCommand: () => (/* reexport */ PutAccountPropertiesCommand),
  PutAccountPropertiesRequest$: () => (/* reexport */ schemas_0/* PutAccountPropertiesRequest$ */.FPI),
  PutAccountPropertiesResponse$: () => (/* reexport */ schemas_0/* PutAccountPropertiesResponse$ */.rVX),
  PutGroupPolicy$: () => (/* reexport */ schemas_0/* PutGroupPolicy$ */.XXp),
  PutGroupPolicyCommand: () => (/* reexport */ PutGroupPolicyCommand),
  PutGroupPolicyRequest$: () => (/* reexport */ schemas_0/* PutGroupPolicyRequest$ */.ArZ),
  PutRolePermissionsBoundary$: () => (/* reexport */ schemas_0/* PutRolePermissionsBoundary$ */.O0N),
  PutRolePermissionsBoundaryCommand: () => (/* reexport */ PutRolePermissionsBoundaryCommand),
  PutRolePermissionsBoundaryRequest$: () => (/* reexport */ schemas_0/* PutRolePermissionsBoundaryRequest$ */.Ftg),
  PutRolePolicy$: () => (/* reexport */ schemas_0/* PutRolePolicy$ */.kJv),
  PutRolePolicyCommand: () => (/* reexport */ PutRolePolicyCommand),
  PutRolePolicyRequest$: () => (/* reexport */ schemas_0/* PutRolePolicyRequest$ */.vyk),
  PutUserPermissionsBoundary$: () => (/* reexport */ schemas_0/* PutUserPermissionsBoundary$ */.N16),
  PutUserPermissionsBoundaryCommand: () => (/* reexport */ PutUserPermissionsBoundaryCommand),
  PutUserPermissionsBoundaryRequest$: () => (/* reexport */ schemas_0/* PutUserPermissionsBoundaryRequest$ */.ytN),
  PutUserPolicy$: () => (/* reexport */ schemas_0/* PutUserPolicy$ */.d27),
  PutUserPolicyCommand: () => (/* reexport */ PutUserPolicyCommand),
  PutUserPolicyRequest$: () => (/* reexport */ schemas_0/* PutUserPolicyRequest$ */.O8S),
  RejectDelegationRequest$: () => (/* reexport */ schemas_0/* RejectDelegationRequest$ */.Jp7),
  RejectDelegationRequestCommand: () => (/* reexport */ RejectDelegationRequestCommand),
  RejectDelegationRequestRequest$: () => (/* reexport */ schemas_0/* RejectDelegationRequestRequest$ */.MAj),
  RemoveClientIDFromOpenIDConnectProvider$: () => (/* reexport */ schemas_0/* RemoveClientIDFromOpenIDConnectProvider$ */.Xk$),
  RemoveClientIDFromOpenIDConnectProviderCommand: () => (/* reexport */ RemoveClientIDFromOpenIDConnectProviderCommand),
  RemoveClientIDFromOpenIDConnectProviderRequest$: () => (/* reexport */ schemas_0/* RemoveClientIDFromOpenIDConnectProviderRequest$ */.syg),
  RemoveRoleFromInstanceProfile$: () => (/* reexport */ schemas_0/* RemoveRoleFromInstanceProfile$ */.b5x),
  RemoveRoleFromInstanceProfileCommand: () => (/* reexport */ RemoveRoleFromInstanceProfileCommand),
  RemoveRoleFromInstanceProfileRequest$: () => (/* reexport */ schemas_0/* RemoveRoleFromInstanceProfileRequest$ */.C_f),
  RemoveUserFromGroup$: () => (/* reexport */ schemas_0/* RemoveUserFromGroup$ */.vmg),
  RemoveUserFromGroupCommand: () => (/* reexport */ RemoveUserFromGroupCommand),
  RemoveUserFromGroupRequest$: () => (/* reexport */ schemas_0/* RemoveUserFromGroupRequest$ */.mPC),
  ReplacementValueEntry$: () => (/* reexport */ schemas_0/* ReplacementValueEntry$ */.qoz),
  ReportFormatType: () => (/* reexport */ ReportFormatType),
  ReportGenerationLimitExceededException: () => (/* reexport */ errors/* ReportGenerationLimitExceededException */.KT),
  ReportGenerationLimitExceededException$: () => (/* reexport */ schemas_0/* ReportGenerationLimitExceededException$ */.EMq),
  ReportStateType: () => (/* reexport */ ReportStateType),
  ResetServiceSpecificCredential$: () => (/* reexport */ schemas_0/* ResetServiceSpecificCredential$ */.qxG),
  ResetServiceSpecificCredentialCommand: () => (/* reexport */ ResetServiceSpecificCredentialCommand),
  ResetServiceSpecificCredentialRequest$: () => (/* reexport */ schemas_0/* ResetServiceSpecificCredentialRequest$ */.LFk),
  ResetServiceSpecificCredentialResponse$: () => (/* reexport */ schemas_0/* ResetServiceSpecificCredentialResponse$ */.P2o),
  ResourceSpecificResult$: () => (/* reexport */ schemas_0/* ResourceSpecificResult$ */.ovQ),
  ResyncMFADevice$: () => (/* reexport */ schemas_0/* ResyncMFADevice$ */.n_5),
  ResyncMFADeviceCommand: () => (/* reexport */ ResyncMFADeviceCommand),
  ResyncMFADeviceRequest$: () => (/* reexport */ schemas_0/* ResyncMFADeviceRequest$ */.aLu),
  Role$: () => (/* reexport */ schemas_0/* Role$ */.rwu),
  RoleDetail$: () => (/* reexport */ schemas_0/* RoleDetail$ */.ywV),
  RoleLastUsed$: () => (/* reexport */ schemas_0/* RoleLastUsed$ */._8y),
  RoleModifiedException: () => (/* reexport */ errors/* RoleModifiedException */.fm),
  RoleModifiedException$: () => (/* reexport */ schemas_0/* RoleModifiedException$ */.ZGd),
  RoleTemplateDisabledException: () => (/* reexport */ errors/* RoleTemplateDisabledException */.cX),
  RoleTemplateDisabledException$: () => (/* reexport */ schemas_0/* RoleTemplateDisabledException$ */.cV_),
  RoleTemplateVersion$: () => (/* reexport */ schemas_0/* RoleTemplateVersion$ */.f06),
  RoleUsageType$: () => (/* reexport */ schemas_0/* RoleUsageType$ */.UJh),
  SAMLPrivateKey$: () => (/* reexport */ schemas_0/* SAMLPrivateKey$ */.Gzn),
  SAMLProviderListEntry$: () => (/* reexport */ schemas_0/* SAMLProviderListEntry$ */.Ral),
  SSHPublicKey$: () => (/* reexport */ schemas_0/* SSHPublicKey$ */.tUd),
  SSHPublicKeyMetadata$: () => (/* reexport */ schemas_0/* SSHPublicKeyMetadata$ */.MQA),
  SendDelegationToken$: () => (/* reexport */ schemas_0/* SendDelegationToken$ */.iLw),
  SendDelegationTokenCommand: () => (/* reexport */ SendDelegationTokenCommand),
  SendDelegationTokenRequest$: () => (/* reexport */ schemas_0/* SendDelegationTokenRequest$ */.VUC),
  ServerCertificate$: () => (/* reexport */ schemas_0/* ServerCertificate$ */.l5I),
  ServerCertificateMetadata$: () => (/* reexport */ schemas_0/* ServerCertificateMetadata$ */.eKm),
  ServiceAccessNotEnabledException: () => (/* reexport */ errors/* ServiceAccessNotEnabledException */.zN),
  ServiceAccessNotEnabledException$: () => (/* reexport */ schemas_0/* ServiceAccessNotEnabledException$ */.Vnk),
  ServiceFailureException: () => (/* reexport */ errors/* ServiceFailureException */.L4),
  ServiceFailureException$: () => (/* reexport */ schemas_0/* ServiceFailureException$ */.h2d),
  ServiceLastAccessed$: () => (/* reexport */ schemas_0/* ServiceLastAccessed$ */.RuD),
  ServiceNotSupportedException: () => (/* reexport */ errors/* ServiceNotSupportedException */.yj),
  ServiceNotSupportedException$: () => (/* reexport */ schemas_0/* ServiceNotSupportedException$ */.Mes),
  ServiceSpecificCredential$: () => (/* reexport */ schemas_0/* ServiceSpecificCredential$ */.zSz),
  ServiceSpecificCredentialMetadata$: () => (/* reexport */ schemas_0/* ServiceSpecificCredentialMetadata$ */.IFk),
  SetDefaultPolicyVersion$: () => (/* reexport */ schemas_0/* SetDefaultPolicyVersion$ */.UCP),
  SetDefaultPolicyVersionCommand: () => (/* reexport */ SetDefaultPolicyVersionCommand),
  SetDefaultPolicyVersionRequest$: () => (/* reexport */ schemas_0/* SetDefaultPolicyVersionRequest$ */.dWB),
  SetSecurityTokenServicePreferences$: () => (/* reexport */ schemas_0/* SetSecurityTokenServicePreferences$ */.TmH),
  SetSecurityTokenServicePreferencesCommand: () => (/* reexport */ SetSecurityTokenServicePreferencesCommand),
  SetSecurityTokenServicePreferencesRequest$: () => (/* reexport */ schemas_0/* SetSecurityTokenServicePreferencesRequest$ */.uPA),
  SigningCertificate$: () => (/* reexport */ schemas_0/* SigningCertificate$ */.nFA),
  SimulateCustomPolicy$: () => (/* reexport */ schemas_0/* SimulateCustomPolicy$ */._9i),
  SimulateCustomPolicyCommand: () => (/* reexport */ SimulateCustomPolicyCommand),
  SimulateCustomPolicyRequest$: () => (/* reexport */ schemas_0/* SimulateCustomPolicyRequest$ */.ZEO),
  SimulatePolicyResponse$: () => (/* reexport */ schemas_0/* SimulatePolicyResponse$ */.yrk),
  SimulatePrincipalPolicy$: () => (/* reexport */ schemas_0/* SimulatePrincipalPolicy$ */.dfn),
  SimulatePrincipalPolicyCommand: () => (/* reexport */ SimulatePrincipalPolicyCommand),
  SimulatePrincipalPolicyRequest$: () => (/* reexport */ schemas_0/* SimulatePrincipalPolicyRequest$ */.A2Q),
  SortKeyType: () => (/* reexport */ SortKeyType),
  SourceRoleTemplate$: () => (/* reexport */ schemas_0/* SourceRoleTemplate$ */.sgs),
  StateType: () => (/* reexport */ StateType),
  Statement$: () => (/* reexport */ schemas_0/* Statement$ */.uTv),
  StatusType: () => (/* reexport */ StatusType),
  SummaryKeyType: () => (/* reexport */ SummaryKeyType),
  SummaryStateType: () => (/* reexport */ SummaryStateType),
  Tag$: () => (/* reexport */ schemas_0/* Tag$ */.RU0),
  TagInstanceProfile$: () => (/* reexport */ schemas_0/* TagInstanceProfile$ */.r0u),
  TagInstanceProfileCommand: () => (/* reexport */ TagInstanceProfileCommand),
  TagInstanceProfileRequest$: () => (/* reexport */ schemas_0/* TagInstanceProfileRequest$ */.GPL),
  TagMFADevice$: () => (/* reexport */ schemas_0/* TagMFADevice$ */.$2u),
  TagMFADeviceCommand: () => (/* reexport */ TagMFADeviceCommand),
  TagMFADeviceRequest$: () => (/* reexport */ schemas_0/* TagMFADeviceRequest$ */.E05),
  TagOpenIDConnectProvider$: () => (/* reexport */ schemas_0/* TagOpenIDConnectProvider$ */.tfD),
  TagOpenIDConnectProviderCommand: () => (/* reexport */ TagOpenIDConnectProviderCommand),
  TagOpenIDConnectProviderRequest$: () => (/* reexport */ schemas_0/* TagOpenIDConnectProviderRequest$ */.izN),
  TagPolicy$: () => (/* reexport */ schemas_0/* TagPolicy$ */.ht5),
  TagPolicyCommand: () => (/* reexport */ TagPolicyCommand),
  TagPolicyRequest$: () => (/* reexport */ schemas_0/* TagPolicyRequest$ */.uBq),
  TagRole$: () => (/* reexport */ schemas_0/* TagRole$ */.jR$),
  TagRoleCommand: () => (/* reexport */ TagRoleCommand/* TagRoleCommand */.W),
  TagRoleRequest$: () => (/* reexport */ schemas_0/* TagRoleRequest$ */.ULK),
  TagSAMLProvider$: () => (/* reexport */ schemas_0/* TagSAMLProvider$ */.PNh),
  TagSAMLProviderCommand: () => (/* reexport */ TagSAMLProviderCommand),
  TagSAMLProviderRequest$: () => (/* reexport */ schemas_0/* TagSAMLProviderRequest$ */.MLY),
  TagServerCertificate$: () => (/* reexport */ schemas_0/* TagServerCertificate$ */.TnM),
  TagServerCertificateCommand: () => (/* reexport */ TagServerCertificateCommand),
  TagServerCertificateRequest$: () => (/* reexport */ schemas_0/* TagServerCertificateRequest$ */.kZ0),
  TagTemplate$: () => (/* reexport */ schemas_0/* TagTemplate$ */.jEi),
  TagUser$: () => (/* reexport */ schemas_0/* TagUser$ */.Kad),
  TagUserCommand: () => (/* reexport */ TagUserCommand),
  TagUserRequest$: () => (/* reexport */ schemas_0/* TagUserRequest$ */.VDz),
  TrackedActionLastAccessed$: () => (/* reexport */ schemas_0/* TrackedActionLastAccessed$ */.MZ8),
  UnmodifiableEntityException: () => (/* reexport */ errors/* UnmodifiableEntityException */.Yt),
  UnmodifiableEntityException$: () => (/* reexport */ schemas_0/* UnmodifiableEntityException$ */.CAe),
  UnrecognizedPublicKeyEncodingException: () => (/* reexport */ errors/* UnrecognizedPublicKeyEncodingException */.uE),
  UnrecognizedPublicKeyEncodingException$: () => (/* reexport */ schemas_0/* UnrecognizedPublicKeyEncodingException$ */.aQO),
  UntagInstanceProfile$: () => (/* reexport */ schemas_0/* UntagInstanceProfile$ */.wIC),
  UntagInstanceProfileCommand: () => (/* reexport */ UntagInstanceProfileCommand),
  UntagInstanceProfileRequest$: () => (/* reexport */ schemas_0/* UntagInstanceProfileRequest$ */.PL_),
  UntagMFADevice$: () => (/* reexport */ schemas_0/* UntagMFADevice$ */.C73),
  UntagMFADeviceCommand: () => (/* reexport */ UntagMFADeviceCommand),
  UntagMFADeviceRequest$: () => (/* reexport */ schemas_0/* UntagMFADeviceRequest$ */.Z0x),
  UntagOpenIDConnectProvider$: () => (/* reexport */ schemas_0/* UntagOpenIDConnectProvider$ */.I67),
  UntagOpenIDConnectProviderCommand: () => (/* reexport */ UntagOpenIDConnectProviderCommand),
  UntagOpenIDConnectProviderRequest$: () => (/* reexport */ schemas_0/* UntagOpenIDConnectProviderRequest$ */.jBL),
  UntagPolicy$: () => (/* reexport */ schemas_0/* UntagPolicy$ */.yuR),
  UntagPolicyCommand: () => (/* reexport */ UntagPolicyCommand),
  UntagPolicyRequest$: () => (/* reexport */ schemas_0/* UntagPolicyRequest$ */.v6R),
  UntagRole$: () => (/* reexport */ schemas_0/* UntagRole$ */.Cpq),
  UntagRoleCommand: () => (/* reexport */ UntagRoleCommand/* UntagRoleCommand */.H),
  UntagRoleRequest$: () => (/* reexport */ schemas_0/* UntagRoleRequest$ */.Lv8),
  UntagSAMLProvider$: () => (/* reexport */ schemas_0/* UntagSAMLProvider$ */.WZy),
  UntagSAMLProviderCommand: () => (/* reexport */ UntagSAMLProviderCommand),
  UntagSAMLProviderRequest$: () => (/* reexport */ schemas_0/* UntagSAMLProviderRequest$ */.FmD),
  UntagServerCertificate$: () => (/* reexport */ schemas_0/* UntagServerCertificate$ */.M15),
  UntagServerCertificateCommand: () => (/* reexport */ UntagServerCertificateCommand),
  UntagServerCertificateRequest$: () => (/* reexport */ schemas_0/* UntagServerCertificateRequest$ */.LeD),
  UntagUser$: () => (/* reexport */ schemas_0/* UntagUser$ */.bKN),
  UntagUserCommand: () => (/* reexport */ UntagUserCommand),
  UntagUserRequest$: () => (/* reexport */ schemas_0/* UntagUserRequest$ */.Y2$),
  UpdateAccessKey$: () => (/* reexport */ schemas_0/* UpdateAccessKey$ */.nkh),
  UpdateAccessKeyCommand: () => (/* reexport */ UpdateAccessKeyCommand),
  UpdateAccessKeyRequest$: () => (/* reexport */ schemas_0/* UpdateAccessKeyRequest$ */.yfy),
  UpdateAccountPasswordPolicy$: () => (/* reexport */ schemas_0/* UpdateAccountPasswordPolicy$ */.E$K),
  UpdateAccountPasswordPolicyCommand: () => (/* reexport */ UpdateAccountPasswordPolicyCommand),
  UpdateAccountPasswordPolicyRequest$: () => (/* reexport */ schemas_0/* UpdateAccountPasswordPolicyRequest$ */.FNj),
  UpdateAssumeRolePolicy$: () => (/* reexport */ schemas_0/* UpdateAssumeRolePolicy$ */.yc_),
  UpdateAssumeRolePolicyCommand: () => (/* reexport */ UpdateAssumeRolePolicyCommand/* UpdateAssumeRolePolicyCommand */.t),
  UpdateAssumeRolePolicyRequest$: () => (/* reexport */ schemas_0/* UpdateAssumeRolePolicyRequest$ */.TGy),
  UpdateDelegationRequest$: () => (/* reexport */ schemas_0/* UpdateDelegationRequest$ */.bdS),
  UpdateDelegationRequestCommand: () => (/* reexport */ UpdateDelegationRequestCommand),
  UpdateDelegationRequestRequest$: () => (/* reexport */ schemas_0/* UpdateDelegationRequestRequest$ */.QFu),
  UpdateGroup$: () => (/* reexport */ schemas_0/* UpdateGroup$ */.JC),
  UpdateGroupCommand: () => (/* reexport */ UpdateGroupCommand),
  UpdateGroupRequest$: () => (/* reexport */ schemas_0/* UpdateGroupRequest$ */._0A),
  UpdateLoginProfile$: () => (/* reexport */ schemas_0/* UpdateLoginProfile$ */._pq),
  UpdateLoginProfileCommand: () => (/* reexport */ UpdateLoginProfileCommand),
  UpdateLoginProfileRequest$: () => (/* reexport */ schemas_0/* UpdateLoginProfileRequest$ */.FkV),
  UpdateOpenIDConnectProviderThumbprint$: () => (/* reexport */ schemas_0/* UpdateOpenIDConnectProviderThumbprint$ */.vxQ),
  UpdateOpenIDConnectProviderThumbprintCommand: () => (/* reexport */ UpdateOpenIDConnectProviderThumbprintCommand),
  UpdateOpenIDConnectProviderThumbprintRequest$: () => (/* reexport */ schemas_0/* UpdateOpenIDConnectProviderThumbprintRequest$ */.AfD),
  UpdateRole$: () => (/* reexport */ schemas_0/* UpdateRole$ */.MJT),
  UpdateRoleCommand: () => (/* reexport */ UpdateRoleCommand),
  UpdateRoleDescription$: () => (/* reexport */ schemas_0/* UpdateRoleDescription$ */.Au1),
  UpdateRoleDescriptionCommand: () => (/* reexport */ UpdateRoleDescriptionCommand),
  UpdateRoleDescriptionRequest$: () => (/* reexport */ schemas_0/* UpdateRoleDescriptionRequest$ */.BIC),
  UpdateRoleDescriptionResponse$: () => (/* reexport */ schemas_0/* UpdateRoleDescriptionResponse$ */.jI4),
  UpdateRoleRequest$: () => (/* reexport */ schemas_0/* UpdateRoleRequest$ */.tP1),
  UpdateRoleResponse$: () => (/* reexport */ schemas_0/* UpdateRoleResponse$ */.xy9),
  UpdateSAMLProvider$: () => (/* reexport */ schemas_0/* UpdateSAMLProvider$ */.k5D),
  UpdateSAMLProviderCommand: () => (/* reexport */ UpdateSAMLProviderCommand),
  UpdateSAMLProviderRequest$: () => (/* reexport */ schemas_0/* UpdateSAMLProviderRequest$ */.ptR),
  UpdateSAMLProviderResponse$: () => (/* reexport */ schemas_0/* UpdateSAMLProviderResponse$ */.xuK),
  UpdateSSHPublicKey$: () => (/* reexport */ schemas_0/* UpdateSSHPublicKey$ */.ujL),
  UpdateSSHPublicKeyCommand: () => (/* reexport */ UpdateSSHPublicKeyCommand),
  UpdateSSHPublicKeyRequest$: () => (/* reexport */ schemas_0/* UpdateSSHPublicKeyRequest$ */.$$F),
  UpdateServerCertificate$: () => (/* reexport */ schemas_0/* UpdateServerCertificate$ */.OVk),
  UpdateServerCertificateCommand: () => (/* reexport */ UpdateServerCertificateCommand),
  UpdateServerCertificateRequest$: () => (/* reexport */ schemas_0/* UpdateServerCertificateRequest$ */.b5h),
  UpdateServiceSpecificCredential$: () => (/* reexport */ schemas_0/* UpdateServiceSpecificCredential$ */.AAB),
  UpdateServiceSpecificCredentialCommand: () => (/* reexport */ UpdateServiceSpecificCredentialCommand),
  UpdateServiceSpecificCredentialRequest$: () => (/* reexport */ schemas_0/* UpdateServiceSpecificCredentialRequest$ */.Ja8),
  UpdateSigningCertificate$: () => (/* reexport */ schemas_0/* UpdateSigningCertificate$ */.W1S),
  UpdateSigningCertificateCommand: () => (/* reexport */ UpdateSigningCertificateCommand),
  UpdateSigningCertificateRequest$: () => (/* reexport */ schemas_0/* UpdateSigningCertificateRequest$ */.PRP),
  UpdateUser$: () => (/* reexport */ schemas_0/* UpdateUser$ */.xwT),
  UpdateUserCommand: () => (/* reexport */ UpdateUserCommand),
  UpdateUserRequest$: () => (/* reexport */ schemas_0/* UpdateUserRequest$ */.CGh),
  UploadSSHPublicKey$: () => (/* reexport */ schemas_0/* UploadSSHPublicKey$ */.unK),
  UploadSSHPublicKeyCommand: () => (/* reexport */ UploadSSHPublicKeyCommand),
  UploadSSHPublicKeyRequest$: () => (/* reexport */ schemas_0/* UploadSSHPublicKeyRequest$ */.nNO),
  UploadSSHPublicKeyResponse$: () => (/* reexport */ schemas_0/* UploadSSHPublicKeyResponse$ */.jIU),
  UploadServerCertificate$: () => (/* reexport */ schemas_0/* UploadServerCertificate$ */.U64),
  UploadServerCertificateCommand: () => (/* reexport */ UploadServerCertificateCommand),
  UploadServerCertificateRequest$: () => (/* reexport */ schemas_0/* UploadServerCertificateRequest$ */.xKB),
  UploadServerCertificateResponse$: () => (/* reexport */ schemas_0/* UploadServerCertificateResponse$ */.zoM),
  UploadSigningCertificate$: () => (/* reexport */ schemas_0/* UploadSigningCertificate$ */.WHK),
  UploadSigningCertificateCommand: () => (/* reexport */ UploadSigningCertificateCommand),
  UploadSigningCertificateRequest$: () => (/* reexport */ schemas_0/* UploadSigningCertificateRequest$ */.l8t),
  UploadSigningCertificateResponse$: () => (/* reexport */ schemas_0/* UploadSigningCertificateResponse$ */.ln0),
  User$: () => (/* reexport */ schemas_0/* User$ */.Umw),
  UserDetail$: () => (/* reexport */ schemas_0/* UserDetail$ */.bvh),
  VirtualMFADevice$: () => (/* reexport */ schemas_0/* VirtualMFADevice$ */.aux),
  __Client: () => (/* reexport */ client/* Client */.K),
  errorTypeRegistries: () => (/* reexport */ schemas_0/* errorTypeRegistries */.q1U),
  paginateGetAccountAuthorizationDetails: () => (/* reexport */ paginateGetAccountAuthorizationDetails),
  paginateGetGroup: () => (/* reexport */ paginateGetGroup),
  paginateListAccessKeys: () => (/* reexport */ paginateListAccessKeys),
  paginateListAccountAliases: () => (/* reexport */ paginateListAccountAliases),
  paginateListAttachedGroupPolicies: () => (/* reexport */ paginateListAttachedGroupPolicies),
  paginateListAttachedRolePolicies: () => (/* reexport */ paginateListAttachedRolePolicies),
  paginateListAttachedUserPolicies: () => (/* reexport */ paginateListAttachedUserPolicies),
  paginateListEntitiesForPolicy: () => (/* reexport */ paginateListEntitiesForPolicy),
  paginateListGroupPolicies: () => (/* reexport */ paginateListGroupPolicies),
  paginateListGroups: () => (/* reexport */ paginateListGroups),
  paginateListGroupsForUser: () => (/* reexport */ paginateListGroupsForUser),
  paginateListInstanceProfileTags: () => (/* reexport */ paginateListInstanceProfileTags),
  paginateListInstanceProfiles: () => (/* reexport */ paginateListInstanceProfiles),
  paginateListInstanceProfilesForRole: () => (/* reexport */ paginateListInstanceProfilesForRole),
  paginateListMFADeviceTags: () => (/* reexport */ paginateListMFADeviceTags),
  paginateListMFADevices: () => (/* reexport */ paginateListMFADevices),
  paginateListOpenIDConnectProviderTags: () => (/* reexport */ paginateListOpenIDConnectProviderTags),
  paginateListPolicies: () => (/* reexport */ paginateListPolicies),
  paginateListPolicyTags: () => (/* reexport */ paginateListPolicyTags),
  paginateListPolicyVersions: () => (/* reexport */ paginateListPolicyVersions),
  paginateListRolePolicies: () => (/* reexport */ paginateListRolePolicies),
  paginateListRoleTags: () => (/* reexport */ paginateListRoleTags),
  paginateListRoles: () => (/* reexport */ paginateListRoles),
  paginateListSAMLProviderTags: () => (/* reexport */ paginateListSAMLProviderTags),
  paginateListSSHPublicKeys: () => (/* reexport */ paginateListSSHPublicKeys),
  paginateListServerCertificateTags: () => (/* reexport */ paginateListServerCertificateTags),
  paginateListServerCertificates: () => (/* reexport */ paginateListServerCertificates),
  paginateListSigningCertificates: () => (/* reexport */ paginateListSigningCertificates),
  paginateListUserPolicies: () => (/* reexport */ paginateListUserPolicies),
  paginateListUserTags: () => (/* reexport */ paginateListUserTags),
  paginateListUsers: () => (/* reexport */ paginateListUsers),
  paginateListVirtualMFADevices: () => (/* reexport */ paginateListVirtualMFADevices),
  paginateSimulateCustomPolicy: () => (/* reexport */ paginateSimulateCustomPolicy),
  paginateSimulatePrincipalPolicy: () => (/* reexport */ paginateSimulatePrincipalPolicy),
  waitForInstanceProfileExists: () => (/* reexport */ waitForInstanceProfileExists),
  waitForPolicyExists: () => (/* reexport */ waitForPolicyExists),
  waitForRoleExists: () => (/* reexport */ waitForRoleExists),
  waitForUserExists: () => (/* reexport */ waitForUserExists),
  waitUntilInstanceProfileExists: () => (/* reexport */ waitUntilInstanceProfileExists),
  waitUntilPolicyExists: () => (/* reexport */ waitUntilPolicyExists),
  waitUntilRoleExists: () => (/* reexport */ waitUntilRoleExists),
  waitUntilUserExists: () => (/* reexport */ waitUntilUserExists)
});

// EXTERNAL MODULE: ./node_modules/@aws-sdk/core/dist-es/submodules/client/middleware-user-agent/configurations.js
var configurations = __webpack_require__(846);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/core/dist-es/submodules/client/middleware-host-header/hostHeaderMiddleware.js
var hostHeaderMiddleware = __webpack_require__(9007);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/core/dist-es/submodules/client/middleware-user-agent/user-agent-middleware.js + 4 modules
var user_agent_middleware = __webpack_require__(8486);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/core/dist-es/submodules/client/middleware-logger/loggerMiddleware.js
var loggerMiddleware = __webpack_require__(5180);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/core/dist-es/submodules/client/middleware-recursion-detection/getRecursionDetectionPlugin.js + 3 modules
var getRecursionDetectionPlugin = __webpack_require__(5250);
// EXTERNAL MODULE: ./node_modules/@smithy/core/dist-es/legacy-root-exports/middleware-http-auth-scheme/getHttpAuthSchemeEndpointRuleSetPlugin.js + 2 modules
var getHttpAuthSchemeEndpointRuleSetPlugin = __webpack_require__(2781);
// EXTERNAL MODULE: ./node_modules/@smithy/core/dist-es/legacy-root-exports/util-identity-and-auth/DefaultIdentityProviderConfig.js
var DefaultIdentityProviderConfig = __webpack_require__(7086);
// EXTERNAL MODULE: ./node_modules/@smithy/core/dist-es/legacy-root-exports/middleware-http-signing/getHttpSigningMiddleware.js + 1 modules
var getHttpSigningMiddleware = __webpack_require__(1567);
// EXTERNAL MODULE: ./node_modules/@smithy/core/dist-es/submodules/client/smithy-client/client.js
var client = __webpack_require__(8702);
// EXTERNAL MODULE: ./node_modules/@smithy/core/dist-es/submodules/config/config-resolver/regionConfig/resolveRegionConfig.js + 3 modules
var resolveRegionConfig = __webpack_require__(7503);
// EXTERNAL MODULE: ./node_modules/@smithy/core/dist-es/submodules/endpoints/index.js + 6 modules
var endpoints = __webpack_require__(4172);
// EXTERNAL MODULE: ./node_modules/@smithy/core/dist-es/submodules/protocols/middleware-content-length/contentLengthMiddleware.js
var contentLengthMiddleware = __webpack_require__(7041);
// EXTERNAL MODULE: ./node_modules/@smithy/core/dist-es/submodules/retry/middleware-retry/configurations.js + 6 modules
var middleware_retry_configurations = __webpack_require__(7760);
// EXTERNAL MODULE: ./node_modules/@smithy/core/dist-es/submodules/retry/index.js + 5 modules
var retry = __webpack_require__(2122);
// EXTERNAL MODULE: ./node_modules/@smithy/core/dist-es/submodules/schema/middleware/getSchemaSerdePlugin.js + 3 modules
var getSchemaSerdePlugin = __webpack_require__(7849);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/core/dist-es/submodules/httpAuthSchemes/index.js + 4 modules
var httpAuthSchemes = __webpack_require__(8181);
// EXTERNAL MODULE: ./node_modules/@smithy/core/dist-es/submodules/transport/getSmithyContext.js
var getSmithyContext = __webpack_require__(8743);
// EXTERNAL MODULE: ./node_modules/@smithy/core/dist-es/submodules/transport/normalizeProvider.js
var normalizeProvider = __webpack_require__(9362);
;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-iam/dist-es/auth/httpAuthSchemeProvider.js


const defaultIAMHttpAuthSchemeParametersProvider = async (config, context, input) => {
    return {
        operation: (0,getSmithyContext/* getSmithyContext */.u)(context).operation,
        region: await (0,normalizeProvider/* normalizeProvider */.t)(config.region)() || (() => {
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
    const config_0 = (0,httpAuthSchemes/* resolveAwsSdkSigV4Config */.ho)(config);
    return Object.assign(config_0, {
        authSchemePreference: (0,normalizeProvider/* normalizeProvider */.t)(config.authSchemePreference ?? []),
    });
};

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-iam/dist-es/endpoint/EndpointParameters.js
var EndpointParameters = __webpack_require__(8097);
;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-iam/package.json
const package_namespaceObject = {"rE":"3.1169.0"};
// EXTERNAL MODULE: ./node_modules/@aws-sdk/core/dist-es/submodules/client/emitWarningIfUnsupportedVersion.js
var emitWarningIfUnsupportedVersion = __webpack_require__(5477);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/core/dist-es/submodules/client/getDefaultSocketTimeout.js
var getDefaultSocketTimeout = __webpack_require__(9121);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/core/dist-es/submodules/client/util-user-agent-node/defaultUserAgent.js + 4 modules
var defaultUserAgent = __webpack_require__(2217);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/core/dist-es/submodules/client/util-user-agent-node/nodeAppIdConfigOptions.js
var nodeAppIdConfigOptions = __webpack_require__(7652);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/core/dist-es/submodules/httpAuthSchemes/aws_sdk/NODE_AUTH_SCHEME_PREFERENCE_OPTIONS.js + 2 modules
var NODE_AUTH_SCHEME_PREFERENCE_OPTIONS = __webpack_require__(2628);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/credential-provider-node/dist-es/defaultProvider.js + 2 modules
var defaultProvider = __webpack_require__(9882);
// EXTERNAL MODULE: ./node_modules/@smithy/core/dist-es/submodules/client/smithy-client/emitWarningIfUnsupportedVersion.js
var smithy_client_emitWarningIfUnsupportedVersion = __webpack_require__(1034);
// EXTERNAL MODULE: ./node_modules/@smithy/core/dist-es/submodules/client/smithy-client/defaults-mode.js
var defaults_mode = __webpack_require__(479);
// EXTERNAL MODULE: ./node_modules/@smithy/core/dist-es/submodules/config/defaults-mode/resolveDefaultsModeConfig.js + 1 modules
var resolveDefaultsModeConfig = __webpack_require__(8234);
// EXTERNAL MODULE: ./node_modules/@smithy/core/dist-es/submodules/config/node-config-provider/configLoader.js + 5 modules
var configLoader = __webpack_require__(3945);
// EXTERNAL MODULE: ./node_modules/@smithy/core/dist-es/submodules/config/config-resolver/regionConfig/config.js
var regionConfig_config = __webpack_require__(6152);
// EXTERNAL MODULE: ./node_modules/@smithy/core/dist-es/submodules/config/config-resolver/endpointsConfig/NodeUseDualstackEndpointConfigOptions.js
var NodeUseDualstackEndpointConfigOptions = __webpack_require__(7580);
// EXTERNAL MODULE: ./node_modules/@smithy/core/dist-es/submodules/config/config-resolver/endpointsConfig/NodeUseFipsEndpointConfigOptions.js
var NodeUseFipsEndpointConfigOptions = __webpack_require__(4254);
// EXTERNAL MODULE: ./node_modules/@smithy/core/dist-es/submodules/retry/util-retry/config.js
var util_retry_config = __webpack_require__(4353);
// EXTERNAL MODULE: ./node_modules/@smithy/core/dist-es/submodules/serde/util-body-length/calculateBodyLength.js
var calculateBodyLength = __webpack_require__(2127);
// EXTERNAL MODULE: ./node_modules/@smithy/node-http-handler/dist-es/node-http-handler.js + 11 modules
var node_http_handler = __webpack_require__(1668);
// EXTERNAL MODULE: ./node_modules/@smithy/core/dist-es/submodules/serde/util-stream/stream-collector.js
var stream_collector = __webpack_require__(6660);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/core/dist-es/submodules/httpAuthSchemes/aws_sdk/AwsSdkSigV4Signer.js + 2 modules
var AwsSdkSigV4Signer = __webpack_require__(2526);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/core/dist-es/submodules/protocols/query/AwsQueryProtocol.js + 8 modules
var AwsQueryProtocol = __webpack_require__(6989);
// EXTERNAL MODULE: ./node_modules/@smithy/core/dist-es/submodules/checksum/sha256/Sha256Node.js + 1 modules
var Sha256Node = __webpack_require__(910);
// EXTERNAL MODULE: ./node_modules/@smithy/core/dist-es/submodules/client/smithy-client/NoOpLogger.js
var NoOpLogger = __webpack_require__(7545);
// EXTERNAL MODULE: ./node_modules/@smithy/core/dist-es/submodules/transport/parseUrl.js + 1 modules
var parseUrl = __webpack_require__(8977);
// EXTERNAL MODULE: ./node_modules/@smithy/core/dist-es/submodules/serde/util-base64/fromBase64.js
var fromBase64 = __webpack_require__(9700);
// EXTERNAL MODULE: ./node_modules/@smithy/core/dist-es/submodules/serde/util-base64/toBase64.js
var toBase64 = __webpack_require__(7305);
// EXTERNAL MODULE: ./node_modules/@smithy/core/dist-es/submodules/serde/util-utf8/fromUtf8.js
var fromUtf8 = __webpack_require__(7332);
// EXTERNAL MODULE: ./node_modules/@smithy/core/dist-es/submodules/serde/util-utf8/toUtf8.js
var toUtf8 = __webpack_require__(9809);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/core/dist-es/submodules/client/util-endpoints/aws.js + 2 modules
var aws = __webpack_require__(6180);
// EXTERNAL MODULE: ./node_modules/@smithy/core/dist-es/submodules/endpoints/util-endpoints/cache/EndpointCache.js
var EndpointCache = __webpack_require__(8479);
// EXTERNAL MODULE: ./node_modules/@smithy/core/dist-es/submodules/endpoints/util-endpoints/decideEndpoint.js + 24 modules
var decideEndpoint = __webpack_require__(7009);
// EXTERNAL MODULE: ./node_modules/@smithy/core/dist-es/submodules/endpoints/util-endpoints/utils/customEndpointFunctions.js
var customEndpointFunctions = __webpack_require__(1046);
// EXTERNAL MODULE: ./node_modules/@smithy/core/dist-es/submodules/endpoints/util-endpoints/bdd/BinaryDecisionDiagram.js
var BinaryDecisionDiagram = __webpack_require__(5258);
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
const bdd = BinaryDecisionDiagram/* BinaryDecisionDiagram */.d.from(nodes, root, _data.conditions, _data.results);

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-iam/dist-es/endpoint/endpointResolver.js



const cache = new EndpointCache/* EndpointCache */.k({
    size: 50,
    params: ["Endpoint", "Region", "UseDualStack", "UseFIPS"],
});
const defaultEndpointResolver = (endpointParams, context = {}) => {
    return cache.get(endpointParams, () => (0,decideEndpoint/* decideEndpoint */.c)(bdd, {
        endpointParams: endpointParams,
        logger: context.logger,
    }));
};
customEndpointFunctions/* customEndpointFunctions */.m.aws = aws/* awsEndpointFunctions */.U;

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-iam/dist-es/schemas/schemas_0.js
var schemas_0 = __webpack_require__(9426);
;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-iam/dist-es/runtimeConfig.shared.js









const getRuntimeConfig = (config) => {
    return {
        apiVersion: "2010-05-08",
        base64Decoder: config?.base64Decoder ?? fromBase64/* fromBase64 */.E,
        base64Encoder: config?.base64Encoder ?? toBase64/* toBase64 */.n,
        disableHostPrefix: config?.disableHostPrefix ?? false,
        endpointProvider: config?.endpointProvider ?? defaultEndpointResolver,
        extensions: config?.extensions ?? [],
        httpAuthSchemeProvider: config?.httpAuthSchemeProvider ?? defaultIAMHttpAuthSchemeProvider,
        httpAuthSchemes: config?.httpAuthSchemes ?? [
            {
                schemeId: "aws.auth#sigv4",
                identityProvider: (ipc) => ipc.getIdentityProvider("aws.auth#sigv4"),
                signer: new AwsSdkSigV4Signer/* AwsSdkSigV4Signer */.f2(),
            },
        ],
        logger: config?.logger ?? new NoOpLogger/* NoOpLogger */.N(),
        protocol: config?.protocol ?? AwsQueryProtocol/* AwsQueryProtocol */.k,
        protocolSettings: config?.protocolSettings ?? {
            defaultNamespace: "com.amazonaws.iam",
            errorTypeRegistries: schemas_0/* errorTypeRegistries */.q1U,
            xmlNamespace: "https://iam.amazonaws.com/doc/2010-05-08/",
            version: "2010-05-08",
            serviceTarget: "AWSIdentityManagementV20100508",
        },
        serviceId: config?.serviceId ?? "IAM",
        sha256: config?.sha256 ?? Sha256Node/* Sha256Node */.k,
        urlParser: config?.urlParser ?? parseUrl/* parseUrl */.D,
        utf8Decoder: config?.utf8Decoder ?? fromUtf8/* fromUtf8 */.a,
        utf8Encoder: config?.utf8Encoder ?? toUtf8/* toUtf8 */.P,
    };
};

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-iam/dist-es/runtimeConfig.js










const runtimeConfig_getRuntimeConfig = (config) => {
    (0,smithy_client_emitWarningIfUnsupportedVersion/* emitWarningIfUnsupportedVersion */.I)(process.version);
    const defaultsMode = (0,resolveDefaultsModeConfig/* resolveDefaultsModeConfig */.I)(config);
    const defaultConfigProvider = () => defaultsMode().then(defaults_mode/* loadConfigsForDefaultMode */.l);
    const clientSharedValues = getRuntimeConfig(config);
    (0,emitWarningIfUnsupportedVersion/* emitWarningIfUnsupportedVersion */.I)(process.version);
    const loaderConfig = {
        profile: config?.profile,
        logger: clientSharedValues.logger,
    };
    return {
        ...clientSharedValues,
        ...config,
        runtime: "node",
        defaultsMode,
        authSchemePreference: config?.authSchemePreference ?? (0,configLoader/* loadConfig */.Z)(NODE_AUTH_SCHEME_PREFERENCE_OPTIONS/* NODE_AUTH_SCHEME_PREFERENCE_OPTIONS */.$, loaderConfig),
        bodyLengthChecker: config?.bodyLengthChecker ?? calculateBodyLength/* calculateBodyLength */.n,
        credentialDefaultProvider: config?.credentialDefaultProvider ?? defaultProvider/* defaultProvider */.v6,
        defaultSocketTimeout: (0,getDefaultSocketTimeout/* getDefaultSocketTimeout */.E)(config?.requestHandler, 300_000),
        defaultUserAgentProvider: config?.defaultUserAgentProvider ?? (0,defaultUserAgent/* createDefaultUserAgentProvider */.pf)({ serviceId: clientSharedValues.serviceId, clientVersion: package_namespaceObject.rE }),
        maxAttempts: config?.maxAttempts ?? (0,configLoader/* loadConfig */.Z)(middleware_retry_configurations/* NODE_MAX_ATTEMPT_CONFIG_OPTIONS */.qs, config),
        region: config?.region ?? (0,configLoader/* loadConfig */.Z)(regionConfig_config/* NODE_REGION_CONFIG_OPTIONS */.GG, { ...regionConfig_config/* NODE_REGION_CONFIG_FILE_OPTIONS */.zH, ...loaderConfig }),
        requestHandler: node_http_handler/* NodeHttpHandler */.$.create(config?.requestHandler ?? defaultConfigProvider),
        retryMode: config?.retryMode ??
            (0,configLoader/* loadConfig */.Z)({
                ...middleware_retry_configurations/* NODE_RETRY_MODE_CONFIG_OPTIONS */.kN,
                default: async () => (await defaultConfigProvider()).retryMode || util_retry_config/* DEFAULT_RETRY_MODE */.L0,
            }, config),
        streamCollector: config?.streamCollector ?? stream_collector/* streamCollector */.k,
        useDualstackEndpoint: config?.useDualstackEndpoint ?? (0,configLoader/* loadConfig */.Z)(NodeUseDualstackEndpointConfigOptions/* NODE_USE_DUALSTACK_ENDPOINT_CONFIG_OPTIONS */.e$, loaderConfig),
        useFipsEndpoint: config?.useFipsEndpoint ?? (0,configLoader/* loadConfig */.Z)(NodeUseFipsEndpointConfigOptions/* NODE_USE_FIPS_ENDPOINT_CONFIG_OPTIONS */.Ko, loaderConfig),
        userAgentAppId: config?.userAgentAppId ?? (0,configLoader/* loadConfig */.Z)(nodeAppIdConfigOptions/* NODE_APP_ID_CONFIG_OPTIONS */.hV, loaderConfig),
    };
};

// EXTERNAL MODULE: ./node_modules/@aws-sdk/core/dist-es/submodules/client/region-config-resolver/extensions.js
var region_config_resolver_extensions = __webpack_require__(9999);
// EXTERNAL MODULE: ./node_modules/@smithy/core/dist-es/submodules/client/smithy-client/extensions/defaultExtensionConfiguration.js + 3 modules
var defaultExtensionConfiguration = __webpack_require__(6571);
// EXTERNAL MODULE: ./node_modules/@smithy/core/dist-es/submodules/protocols/protocol-http/extensions/httpExtensionConfiguration.js
var httpExtensionConfiguration = __webpack_require__(274);
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
    const extensionConfiguration = Object.assign((0,region_config_resolver_extensions/* getAwsRegionExtensionConfiguration */.R)(runtimeConfig), (0,defaultExtensionConfiguration/* getDefaultExtensionConfiguration */.xA)(runtimeConfig), (0,httpExtensionConfiguration/* getHttpHandlerExtensionConfiguration */.e)(runtimeConfig), getHttpAuthExtensionConfiguration(runtimeConfig));
    extensions.forEach((extension) => extension.configure(extensionConfiguration));
    return Object.assign(runtimeConfig, (0,region_config_resolver_extensions/* resolveAwsRegionExtensionConfiguration */.$)(extensionConfiguration), (0,defaultExtensionConfiguration/* resolveDefaultRuntimeConfig */.uv)(extensionConfiguration), (0,httpExtensionConfiguration/* resolveHttpHandlerRuntimeConfig */.j)(extensionConfiguration), resolveHttpAuthRuntimeConfig(extensionConfiguration));
};

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-iam/dist-es/IAMClient.js













class IAMClient extends client/* Client */.K {
    config;
    constructor(...[configuration]) {
        const _config_0 = runtimeConfig_getRuntimeConfig(configuration || {});
        super(_config_0);
        this.initConfig = _config_0;
        const _config_1 = (0,EndpointParameters/* resolveClientEndpointParameters */.v)(_config_0);
        const _config_2 = (0,configurations/* resolveUserAgentConfig */.D)(_config_1);
        const _config_3 = (0,middleware_retry_configurations/* resolveRetryConfig */.$z)(_config_2);
        const _config_4 = (0,resolveRegionConfig/* resolveRegionConfig */.T)(_config_3);
        const _config_5 = (0,hostHeaderMiddleware/* resolveHostHeaderConfig */.OV)(_config_4);
        const _config_6 = (0,endpoints/* resolveEndpointConfig */.Co)(_config_5);
        const _config_7 = resolveHttpAuthSchemeConfig(_config_6);
        const _config_8 = resolveRuntimeExtensions(_config_7, configuration?.extensions || []);
        this.config = _config_8;
        this.middlewareStack.use((0,getSchemaSerdePlugin/* getSchemaSerdePlugin */.wq)(this.config));
        this.middlewareStack.use((0,user_agent_middleware/* getUserAgentPlugin */.sM)(this.config));
        this.middlewareStack.use((0,retry/* getRetryPlugin */.ey)(this.config));
        this.middlewareStack.use((0,contentLengthMiddleware/* getContentLengthPlugin */.vK)(this.config));
        this.middlewareStack.use((0,hostHeaderMiddleware/* getHostHeaderPlugin */.TC)(this.config));
        this.middlewareStack.use((0,loggerMiddleware/* getLoggerPlugin */.Y7)(this.config));
        this.middlewareStack.use((0,getRecursionDetectionPlugin/* getRecursionDetectionPlugin */.n)(this.config));
        this.middlewareStack.use((0,getHttpAuthSchemeEndpointRuleSetPlugin/* getHttpAuthSchemeEndpointRuleSetPlugin */.w)(this.config, {
            httpAuthSchemeParametersProvider: defaultIAMHttpAuthSchemeParametersProvider,
            identityProviderConfigProvider: async (config) => new DefaultIdentityProviderConfig/* DefaultIdentityProviderConfig */.h({
                "aws.auth#sigv4": config.credentials,
            }),
        }));
        this.middlewareStack.use((0,getHttpSigningMiddleware/* getHttpSigningPlugin */.l)(this.config));
    }
    destroy() {
        super.destroy();
    }
}

;// CONCATENATED MODULE: ./node_modules/@smithy/core/dist-es/submodules/client/smithy-client/create-aggregated-client.js
const createAggregatedClient = (commands, Client, options) => {
    for (const [command, CommandCtor] of Object.entries(commands)) {
        const methodImpl = async function (args, optionsOrCb, cb) {
            const command = new CommandCtor(args);
            if (typeof optionsOrCb === "function") {
                this.send(command, optionsOrCb);
            }
            else if (typeof cb === "function") {
                if (typeof optionsOrCb !== "object") {
                    throw new Error(`Expected http options but got ${typeof optionsOrCb}`);
                }
                this.send(command, optionsOrCb || {}, cb);
            }
            else {
                return this.send(command, optionsOrCb);
            }
        };
        const methodName = (command[0].toLowerCase() + command.slice(1)).replace(/Command$/, "");
        Client.prototype[methodName] = methodImpl;
    }
    const { paginators = {}, waiters = {} } = options ?? {};
    for (const [paginatorName, paginatorFn] of Object.entries(paginators)) {
        if (Client.prototype[paginatorName] === void 0) {
            Client.prototype[paginatorName] = function (commandInput = {}, paginationConfiguration, ...rest) {
                return paginatorFn({
                    ...paginationConfiguration,
                    client: this,
                }, commandInput, ...rest);
            };
        }
    }
    for (const [waiterName, waiterFn] of Object.entries(waiters)) {
        if (Client.prototype[waiterName] === void 0) {
            Client.prototype[waiterName] = async function (commandInput = {}, waiterConfiguration, ...rest) {
                let config = waiterConfiguration;
                if (typeof waiterConfiguration === "number") {
                    config = {
                        maxWaitTime: waiterConfiguration,
                    };
                }
                return waiterFn({
                    ...config,
                    client: this,
                }, commandInput, ...rest);
            };
        }
    }
};

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-iam/dist-es/commandBuilder.js
var commandBuilder = __webpack_require__(3924);
;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-iam/dist-es/commands/AcceptDelegationRequestCommand.js


class AcceptDelegationRequestCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "AcceptDelegationRequest", schemas_0/* AcceptDelegationRequest$ */.cXq) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-iam/dist-es/commands/AcquireRoleCommand.js


class AcquireRoleCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "AcquireRole", schemas_0/* AcquireRole$ */.BaM) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-iam/dist-es/commands/AddClientIDToOpenIDConnectProviderCommand.js


class AddClientIDToOpenIDConnectProviderCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "AddClientIDToOpenIDConnectProvider", schemas_0/* AddClientIDToOpenIDConnectProvider$ */.zSU) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-iam/dist-es/commands/AddRoleToInstanceProfileCommand.js


class AddRoleToInstanceProfileCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "AddRoleToInstanceProfile", schemas_0/* AddRoleToInstanceProfile$ */.PNT) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-iam/dist-es/commands/AddUserToGroupCommand.js


class AddUserToGroupCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "AddUserToGroup", schemas_0/* AddUserToGroup$ */.reS) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-iam/dist-es/commands/AssociateDelegationRequestCommand.js


class AssociateDelegationRequestCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "AssociateDelegationRequest", schemas_0/* AssociateDelegationRequest$ */.Q$f) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-iam/dist-es/commands/AttachGroupPolicyCommand.js


class AttachGroupPolicyCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "AttachGroupPolicy", schemas_0/* AttachGroupPolicy$ */.VrB) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-iam/dist-es/commands/AttachRolePolicyCommand.js


class AttachRolePolicyCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "AttachRolePolicy", schemas_0/* AttachRolePolicy$ */.Yyr) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-iam/dist-es/commands/AttachUserPolicyCommand.js


class AttachUserPolicyCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "AttachUserPolicy", schemas_0/* AttachUserPolicy$ */.FHm) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-iam/dist-es/commands/ChangePasswordCommand.js


class ChangePasswordCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "ChangePassword", schemas_0/* ChangePassword$ */.k$Z) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-iam/dist-es/commands/CreateAccessKeyCommand.js


class CreateAccessKeyCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "CreateAccessKey", schemas_0/* CreateAccessKey$ */.w8s) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-iam/dist-es/commands/CreateAccountAliasCommand.js


class CreateAccountAliasCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "CreateAccountAlias", schemas_0/* CreateAccountAlias$ */.oPb) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-iam/dist-es/commands/CreateDelegationRequestCommand.js


class CreateDelegationRequestCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "CreateDelegationRequest", schemas_0/* CreateDelegationRequest$ */.GQD) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-iam/dist-es/commands/CreateGroupCommand.js


class CreateGroupCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "CreateGroup", schemas_0/* CreateGroup$ */.uQq) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-iam/dist-es/commands/CreateInstanceProfileCommand.js


class CreateInstanceProfileCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "CreateInstanceProfile", schemas_0/* CreateInstanceProfile$ */.Plh) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-iam/dist-es/commands/CreateLoginProfileCommand.js


class CreateLoginProfileCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "CreateLoginProfile", schemas_0/* CreateLoginProfile$ */.h_K) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-iam/dist-es/commands/CreateOpenIDConnectProviderCommand.js


class CreateOpenIDConnectProviderCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "CreateOpenIDConnectProvider", schemas_0/* CreateOpenIDConnectProvider$ */.FIo) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-iam/dist-es/commands/CreatePolicyCommand.js


class CreatePolicyCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "CreatePolicy", schemas_0/* CreatePolicy$ */.pcB) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-iam/dist-es/commands/CreatePolicyVersionCommand.js


class CreatePolicyVersionCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "CreatePolicyVersion", schemas_0/* CreatePolicyVersion$ */.FXG) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-iam/dist-es/commands/CreateRoleCommand.js


class CreateRoleCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "CreateRole", schemas_0/* CreateRole$ */.DyK) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-iam/dist-es/commands/CreateSAMLProviderCommand.js


class CreateSAMLProviderCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "CreateSAMLProvider", schemas_0/* CreateSAMLProvider$ */.jiR) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-iam/dist-es/commands/CreateServiceLinkedRoleCommand.js


class CreateServiceLinkedRoleCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "CreateServiceLinkedRole", schemas_0/* CreateServiceLinkedRole$ */.nWv) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-iam/dist-es/commands/CreateServiceSpecificCredentialCommand.js


class CreateServiceSpecificCredentialCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "CreateServiceSpecificCredential", schemas_0/* CreateServiceSpecificCredential$ */.T6l) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-iam/dist-es/commands/CreateUserCommand.js


class CreateUserCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "CreateUser", schemas_0/* CreateUser$ */.SJ2) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-iam/dist-es/commands/CreateVirtualMFADeviceCommand.js


class CreateVirtualMFADeviceCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "CreateVirtualMFADevice", schemas_0/* CreateVirtualMFADevice$ */.s9T) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-iam/dist-es/commands/DeactivateMFADeviceCommand.js


class DeactivateMFADeviceCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "DeactivateMFADevice", schemas_0/* DeactivateMFADevice$ */.JbK) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-iam/dist-es/commands/DeleteAccessKeyCommand.js


class DeleteAccessKeyCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "DeleteAccessKey", schemas_0/* DeleteAccessKey$ */.$7J) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-iam/dist-es/commands/DeleteAccountAliasCommand.js


class DeleteAccountAliasCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "DeleteAccountAlias", schemas_0/* DeleteAccountAlias$ */.FQf) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-iam/dist-es/commands/DeleteAccountPasswordPolicyCommand.js


class DeleteAccountPasswordPolicyCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "DeleteAccountPasswordPolicy", schemas_0/* DeleteAccountPasswordPolicy$ */.edy) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-iam/dist-es/commands/DeleteGroupCommand.js


class DeleteGroupCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "DeleteGroup", schemas_0/* DeleteGroup$ */.vk5) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-iam/dist-es/commands/DeleteGroupPolicyCommand.js


class DeleteGroupPolicyCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "DeleteGroupPolicy", schemas_0/* DeleteGroupPolicy$ */.rVc) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-iam/dist-es/commands/DeleteInstanceProfileCommand.js


class DeleteInstanceProfileCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "DeleteInstanceProfile", schemas_0/* DeleteInstanceProfile$ */.wgw) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-iam/dist-es/commands/DeleteLoginProfileCommand.js


class DeleteLoginProfileCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "DeleteLoginProfile", schemas_0/* DeleteLoginProfile$ */.MTz) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-iam/dist-es/commands/DeleteOpenIDConnectProviderCommand.js


class DeleteOpenIDConnectProviderCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "DeleteOpenIDConnectProvider", schemas_0/* DeleteOpenIDConnectProvider$ */.SFR) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-iam/dist-es/commands/DeletePolicyCommand.js


class DeletePolicyCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "DeletePolicy", schemas_0/* DeletePolicy$ */.u2u) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-iam/dist-es/commands/DeletePolicyVersionCommand.js


class DeletePolicyVersionCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "DeletePolicyVersion", schemas_0/* DeletePolicyVersion$ */.M1g) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-iam/dist-es/commands/DeleteRoleCommand.js


class DeleteRoleCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "DeleteRole", schemas_0/* DeleteRole$ */.oGV) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-iam/dist-es/commands/DeleteRolePermissionsBoundaryCommand.js


class DeleteRolePermissionsBoundaryCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "DeleteRolePermissionsBoundary", schemas_0/* DeleteRolePermissionsBoundary$ */.agl) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-iam/dist-es/commands/DeleteRolePolicyCommand.js


class DeleteRolePolicyCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "DeleteRolePolicy", schemas_0/* DeleteRolePolicy$ */.Wmz) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-iam/dist-es/commands/DeleteSAMLProviderCommand.js


class DeleteSAMLProviderCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "DeleteSAMLProvider", schemas_0/* DeleteSAMLProvider$ */.i7Q) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-iam/dist-es/commands/DeleteServerCertificateCommand.js


class DeleteServerCertificateCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "DeleteServerCertificate", schemas_0/* DeleteServerCertificate$ */.ABr) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-iam/dist-es/commands/DeleteServiceLinkedRoleCommand.js


class DeleteServiceLinkedRoleCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "DeleteServiceLinkedRole", schemas_0/* DeleteServiceLinkedRole$ */.C26) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-iam/dist-es/commands/DeleteServiceSpecificCredentialCommand.js


class DeleteServiceSpecificCredentialCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "DeleteServiceSpecificCredential", schemas_0/* DeleteServiceSpecificCredential$ */.wXE) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-iam/dist-es/commands/DeleteSigningCertificateCommand.js


class DeleteSigningCertificateCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "DeleteSigningCertificate", schemas_0/* DeleteSigningCertificate$ */.gBG) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-iam/dist-es/commands/DeleteSSHPublicKeyCommand.js


class DeleteSSHPublicKeyCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "DeleteSSHPublicKey", schemas_0/* DeleteSSHPublicKey$ */.mOT) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-iam/dist-es/commands/DeleteUserCommand.js


class DeleteUserCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "DeleteUser", schemas_0/* DeleteUser$ */.dT8) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-iam/dist-es/commands/DeleteUserPermissionsBoundaryCommand.js


class DeleteUserPermissionsBoundaryCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "DeleteUserPermissionsBoundary", schemas_0/* DeleteUserPermissionsBoundary$ */.rie) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-iam/dist-es/commands/DeleteUserPolicyCommand.js


class DeleteUserPolicyCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "DeleteUserPolicy", schemas_0/* DeleteUserPolicy$ */.rNQ) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-iam/dist-es/commands/DeleteVirtualMFADeviceCommand.js


class DeleteVirtualMFADeviceCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "DeleteVirtualMFADevice", schemas_0/* DeleteVirtualMFADevice$ */.hCu) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-iam/dist-es/commands/DetachGroupPolicyCommand.js


class DetachGroupPolicyCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "DetachGroupPolicy", schemas_0/* DetachGroupPolicy$ */.bZV) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-iam/dist-es/commands/DetachRolePolicyCommand.js


class DetachRolePolicyCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "DetachRolePolicy", schemas_0/* DetachRolePolicy$ */.mEz) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-iam/dist-es/commands/DetachUserPolicyCommand.js


class DetachUserPolicyCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "DetachUserPolicy", schemas_0/* DetachUserPolicy$ */.jFf) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-iam/dist-es/commands/DisableOrganizationsRootCredentialsManagementCommand.js


class DisableOrganizationsRootCredentialsManagementCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "DisableOrganizationsRootCredentialsManagement", schemas_0/* DisableOrganizationsRootCredentialsManagement$ */.aPD) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-iam/dist-es/commands/DisableOrganizationsRootSessionsCommand.js


class DisableOrganizationsRootSessionsCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "DisableOrganizationsRootSessions", schemas_0/* DisableOrganizationsRootSessions$ */.gBg) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-iam/dist-es/commands/DisableOutboundWebIdentityFederationCommand.js


class DisableOutboundWebIdentityFederationCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "DisableOutboundWebIdentityFederation", schemas_0/* DisableOutboundWebIdentityFederation$ */.k5) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-iam/dist-es/commands/EnableMFADeviceCommand.js


class EnableMFADeviceCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "EnableMFADevice", schemas_0/* EnableMFADevice$ */.qNy) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-iam/dist-es/commands/EnableOrganizationsRootCredentialsManagementCommand.js


class EnableOrganizationsRootCredentialsManagementCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "EnableOrganizationsRootCredentialsManagement", schemas_0/* EnableOrganizationsRootCredentialsManagement$ */.BKg) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-iam/dist-es/commands/EnableOrganizationsRootSessionsCommand.js


class EnableOrganizationsRootSessionsCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "EnableOrganizationsRootSessions", schemas_0/* EnableOrganizationsRootSessions$ */.JOj) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-iam/dist-es/commands/EnableOutboundWebIdentityFederationCommand.js


class EnableOutboundWebIdentityFederationCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "EnableOutboundWebIdentityFederation", schemas_0/* EnableOutboundWebIdentityFederation$ */.paP) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-iam/dist-es/commands/GenerateCredentialReportCommand.js


class GenerateCredentialReportCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "GenerateCredentialReport", schemas_0/* GenerateCredentialReport$ */.jwB) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-iam/dist-es/commands/GenerateOrganizationsAccessReportCommand.js


class GenerateOrganizationsAccessReportCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "GenerateOrganizationsAccessReport", schemas_0/* GenerateOrganizationsAccessReport$ */.A83) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-iam/dist-es/commands/GenerateServiceLastAccessedDetailsCommand.js


class GenerateServiceLastAccessedDetailsCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "GenerateServiceLastAccessedDetails", schemas_0/* GenerateServiceLastAccessedDetails$ */.mCz) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-iam/dist-es/commands/GetAccessKeyLastUsedCommand.js


class GetAccessKeyLastUsedCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "GetAccessKeyLastUsed", schemas_0/* GetAccessKeyLastUsed$ */.RNG) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-iam/dist-es/commands/GetAccountAuthorizationDetailsCommand.js


class GetAccountAuthorizationDetailsCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "GetAccountAuthorizationDetails", schemas_0/* GetAccountAuthorizationDetails$ */.tgS) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-iam/dist-es/commands/GetAccountPasswordPolicyCommand.js


class GetAccountPasswordPolicyCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "GetAccountPasswordPolicy", schemas_0/* GetAccountPasswordPolicy$ */.xrD) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-iam/dist-es/commands/GetAccountPropertiesCommand.js


class GetAccountPropertiesCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "GetAccountProperties", schemas_0/* GetAccountProperties$ */.dGv) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-iam/dist-es/commands/GetAccountSummaryCommand.js


class GetAccountSummaryCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "GetAccountSummary", schemas_0/* GetAccountSummary$ */.C9B) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-iam/dist-es/commands/GetContextKeysForCustomPolicyCommand.js


class GetContextKeysForCustomPolicyCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "GetContextKeysForCustomPolicy", schemas_0/* GetContextKeysForCustomPolicy$ */.e_N) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-iam/dist-es/commands/GetContextKeysForPrincipalPolicyCommand.js


class GetContextKeysForPrincipalPolicyCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "GetContextKeysForPrincipalPolicy", schemas_0/* GetContextKeysForPrincipalPolicy$ */.nnN) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-iam/dist-es/commands/GetCredentialReportCommand.js


class GetCredentialReportCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "GetCredentialReport", schemas_0/* GetCredentialReport$ */.s5y) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-iam/dist-es/commands/GetDelegationRequestCommand.js


class GetDelegationRequestCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "GetDelegationRequest", schemas_0/* GetDelegationRequest$ */.UWZ) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-iam/dist-es/commands/GetGroupCommand.js


class GetGroupCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "GetGroup", schemas_0/* GetGroup$ */.axy) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-iam/dist-es/commands/GetGroupPolicyCommand.js


class GetGroupPolicyCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "GetGroupPolicy", schemas_0/* GetGroupPolicy$ */.G_Y) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-iam/dist-es/commands/GetHumanReadableSummaryCommand.js


class GetHumanReadableSummaryCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "GetHumanReadableSummary", schemas_0/* GetHumanReadableSummary$ */.eak) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-iam/dist-es/commands/GetInstanceProfileCommand.js


class GetInstanceProfileCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "GetInstanceProfile", schemas_0/* GetInstanceProfile$ */.nqs) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-iam/dist-es/commands/GetLoginProfileCommand.js


class GetLoginProfileCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "GetLoginProfile", schemas_0/* GetLoginProfile$ */.nuJ) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-iam/dist-es/commands/GetMFADeviceCommand.js


class GetMFADeviceCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "GetMFADevice", schemas_0/* GetMFADevice$ */.FLA) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-iam/dist-es/commands/GetOpenIDConnectProviderCommand.js


class GetOpenIDConnectProviderCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "GetOpenIDConnectProvider", schemas_0/* GetOpenIDConnectProvider$ */.N5c) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-iam/dist-es/commands/GetOrganizationsAccessReportCommand.js


class GetOrganizationsAccessReportCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "GetOrganizationsAccessReport", schemas_0/* GetOrganizationsAccessReport$ */.D4V) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-iam/dist-es/commands/GetOutboundWebIdentityFederationInfoCommand.js


class GetOutboundWebIdentityFederationInfoCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "GetOutboundWebIdentityFederationInfo", schemas_0/* GetOutboundWebIdentityFederationInfo$ */.MVS) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-iam/dist-es/commands/GetPolicyCommand.js


class GetPolicyCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "GetPolicy", schemas_0/* GetPolicy$ */.BFj) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-iam/dist-es/commands/GetPolicyVersionCommand.js


class GetPolicyVersionCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "GetPolicyVersion", schemas_0/* GetPolicyVersion$ */.tYe) {
}

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-iam/dist-es/commands/GetRoleCommand.js
var GetRoleCommand = __webpack_require__(3836);
;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-iam/dist-es/commands/GetRolePolicyCommand.js


class GetRolePolicyCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "GetRolePolicy", schemas_0/* GetRolePolicy$ */.bee) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-iam/dist-es/commands/GetRoleTemplateVersionCommand.js


class GetRoleTemplateVersionCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "GetRoleTemplateVersion", schemas_0/* GetRoleTemplateVersion$ */.lQ_) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-iam/dist-es/commands/GetSAMLProviderCommand.js


class GetSAMLProviderCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "GetSAMLProvider", schemas_0/* GetSAMLProvider$ */.RM) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-iam/dist-es/commands/GetServerCertificateCommand.js


class GetServerCertificateCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "GetServerCertificate", schemas_0/* GetServerCertificate$ */.R_) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-iam/dist-es/commands/GetServiceLastAccessedDetailsCommand.js


class GetServiceLastAccessedDetailsCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "GetServiceLastAccessedDetails", schemas_0/* GetServiceLastAccessedDetails$ */.bAB) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-iam/dist-es/commands/GetServiceLastAccessedDetailsWithEntitiesCommand.js


class GetServiceLastAccessedDetailsWithEntitiesCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "GetServiceLastAccessedDetailsWithEntities", schemas_0/* GetServiceLastAccessedDetailsWithEntities$ */.cAc) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-iam/dist-es/commands/GetServiceLinkedRoleDeletionStatusCommand.js


class GetServiceLinkedRoleDeletionStatusCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "GetServiceLinkedRoleDeletionStatus", schemas_0/* GetServiceLinkedRoleDeletionStatus$ */.JwD) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-iam/dist-es/commands/GetSSHPublicKeyCommand.js


class GetSSHPublicKeyCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "GetSSHPublicKey", schemas_0/* GetSSHPublicKey$ */.XQ0) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-iam/dist-es/commands/GetUserCommand.js


class GetUserCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "GetUser", schemas_0/* GetUser$ */._k2) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-iam/dist-es/commands/GetUserPolicyCommand.js


class GetUserPolicyCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "GetUserPolicy", schemas_0/* GetUserPolicy$ */.oY2) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-iam/dist-es/commands/ListAccessKeysCommand.js


class ListAccessKeysCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "ListAccessKeys", schemas_0/* ListAccessKeys$ */.f9g) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-iam/dist-es/commands/ListAccountAliasesCommand.js


class ListAccountAliasesCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "ListAccountAliases", schemas_0/* ListAccountAliases$ */.cx7) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-iam/dist-es/commands/ListAttachedGroupPoliciesCommand.js


class ListAttachedGroupPoliciesCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "ListAttachedGroupPolicies", schemas_0/* ListAttachedGroupPolicies$ */.MiV) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-iam/dist-es/commands/ListAttachedRolePoliciesCommand.js


class ListAttachedRolePoliciesCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "ListAttachedRolePolicies", schemas_0/* ListAttachedRolePolicies$ */.JWy) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-iam/dist-es/commands/ListAttachedUserPoliciesCommand.js


class ListAttachedUserPoliciesCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "ListAttachedUserPolicies", schemas_0/* ListAttachedUserPolicies$ */.oJD) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-iam/dist-es/commands/ListDelegationRequestsCommand.js


class ListDelegationRequestsCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "ListDelegationRequests", schemas_0/* ListDelegationRequests$ */.JXz) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-iam/dist-es/commands/ListEntitiesForPolicyCommand.js


class ListEntitiesForPolicyCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "ListEntitiesForPolicy", schemas_0/* ListEntitiesForPolicy$ */.pUj) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-iam/dist-es/commands/ListGroupPoliciesCommand.js


class ListGroupPoliciesCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "ListGroupPolicies", schemas_0/* ListGroupPolicies$ */.QIW) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-iam/dist-es/commands/ListGroupsCommand.js


class ListGroupsCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "ListGroups", schemas_0/* ListGroups$ */.J$s) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-iam/dist-es/commands/ListGroupsForUserCommand.js


class ListGroupsForUserCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "ListGroupsForUser", schemas_0/* ListGroupsForUser$ */.J0W) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-iam/dist-es/commands/ListInstanceProfilesCommand.js


class ListInstanceProfilesCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "ListInstanceProfiles", schemas_0/* ListInstanceProfiles$ */.KWR) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-iam/dist-es/commands/ListInstanceProfilesForRoleCommand.js


class ListInstanceProfilesForRoleCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "ListInstanceProfilesForRole", schemas_0/* ListInstanceProfilesForRole$ */.Fuf) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-iam/dist-es/commands/ListInstanceProfileTagsCommand.js


class ListInstanceProfileTagsCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "ListInstanceProfileTags", schemas_0/* ListInstanceProfileTags$ */.Q8Y) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-iam/dist-es/commands/ListMFADevicesCommand.js


class ListMFADevicesCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "ListMFADevices", schemas_0/* ListMFADevices$ */.Oci) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-iam/dist-es/commands/ListMFADeviceTagsCommand.js


class ListMFADeviceTagsCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "ListMFADeviceTags", schemas_0/* ListMFADeviceTags$ */.UUW) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-iam/dist-es/commands/ListOpenIDConnectProvidersCommand.js


class ListOpenIDConnectProvidersCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "ListOpenIDConnectProviders", schemas_0/* ListOpenIDConnectProviders$ */.cNC) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-iam/dist-es/commands/ListOpenIDConnectProviderTagsCommand.js


class ListOpenIDConnectProviderTagsCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "ListOpenIDConnectProviderTags", schemas_0/* ListOpenIDConnectProviderTags$ */.g_8) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-iam/dist-es/commands/ListOrganizationsFeaturesCommand.js


class ListOrganizationsFeaturesCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "ListOrganizationsFeatures", schemas_0/* ListOrganizationsFeatures$ */.E51) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-iam/dist-es/commands/ListPoliciesCommand.js


class ListPoliciesCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "ListPolicies", schemas_0/* ListPolicies$ */.fJA) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-iam/dist-es/commands/ListPoliciesGrantingServiceAccessCommand.js


class ListPoliciesGrantingServiceAccessCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "ListPoliciesGrantingServiceAccess", schemas_0/* ListPoliciesGrantingServiceAccess$ */.Qa4) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-iam/dist-es/commands/ListPolicyTagsCommand.js


class ListPolicyTagsCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "ListPolicyTags", schemas_0/* ListPolicyTags$ */.iJC) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-iam/dist-es/commands/ListPolicyVersionsCommand.js


class ListPolicyVersionsCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "ListPolicyVersions", schemas_0/* ListPolicyVersions$ */.qjj) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-iam/dist-es/commands/ListRolePoliciesCommand.js


class ListRolePoliciesCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "ListRolePolicies", schemas_0/* ListRolePolicies$ */.rBP) {
}

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-iam/dist-es/commands/ListRolesCommand.js
var ListRolesCommand = __webpack_require__(8835);
;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-iam/dist-es/commands/ListRoleTagsCommand.js


class ListRoleTagsCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "ListRoleTags", schemas_0/* ListRoleTags$ */.YVh) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-iam/dist-es/commands/ListSAMLProvidersCommand.js


class ListSAMLProvidersCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "ListSAMLProviders", schemas_0/* ListSAMLProviders$ */._PU) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-iam/dist-es/commands/ListSAMLProviderTagsCommand.js


class ListSAMLProviderTagsCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "ListSAMLProviderTags", schemas_0/* ListSAMLProviderTags$ */.UZB) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-iam/dist-es/commands/ListServerCertificatesCommand.js


class ListServerCertificatesCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "ListServerCertificates", schemas_0/* ListServerCertificates$ */.gAs) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-iam/dist-es/commands/ListServerCertificateTagsCommand.js


class ListServerCertificateTagsCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "ListServerCertificateTags", schemas_0/* ListServerCertificateTags$ */.c5f) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-iam/dist-es/commands/ListServiceSpecificCredentialsCommand.js


class ListServiceSpecificCredentialsCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "ListServiceSpecificCredentials", schemas_0/* ListServiceSpecificCredentials$ */.CTE) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-iam/dist-es/commands/ListSigningCertificatesCommand.js


class ListSigningCertificatesCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "ListSigningCertificates", schemas_0/* ListSigningCertificates$ */.KIe) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-iam/dist-es/commands/ListSSHPublicKeysCommand.js


class ListSSHPublicKeysCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "ListSSHPublicKeys", schemas_0/* ListSSHPublicKeys$ */._I1) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-iam/dist-es/commands/ListUserPoliciesCommand.js


class ListUserPoliciesCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "ListUserPolicies", schemas_0/* ListUserPolicies$ */.ILW) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-iam/dist-es/commands/ListUsersCommand.js


class ListUsersCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "ListUsers", schemas_0/* ListUsers$ */.Biz) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-iam/dist-es/commands/ListUserTagsCommand.js


class ListUserTagsCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "ListUserTags", schemas_0/* ListUserTags$ */.vHE) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-iam/dist-es/commands/ListVirtualMFADevicesCommand.js


class ListVirtualMFADevicesCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "ListVirtualMFADevices", schemas_0/* ListVirtualMFADevices$ */.pDb) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-iam/dist-es/commands/PutAccountPropertiesCommand.js


class PutAccountPropertiesCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "PutAccountProperties", schemas_0/* PutAccountProperties$ */.ABt) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-iam/dist-es/commands/PutGroupPolicyCommand.js


class PutGroupPolicyCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "PutGroupPolicy", schemas_0/* PutGroupPolicy$ */.XXp) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-iam/dist-es/commands/PutRolePermissionsBoundaryCommand.js


class PutRolePermissionsBoundaryCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "PutRolePermissionsBoundary", schemas_0/* PutRolePermissionsBoundary$ */.O0N) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-iam/dist-es/commands/PutRolePolicyCommand.js


class PutRolePolicyCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "PutRolePolicy", schemas_0/* PutRolePolicy$ */.kJv) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-iam/dist-es/commands/PutUserPermissionsBoundaryCommand.js


class PutUserPermissionsBoundaryCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "PutUserPermissionsBoundary", schemas_0/* PutUserPermissionsBoundary$ */.N16) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-iam/dist-es/commands/PutUserPolicyCommand.js


class PutUserPolicyCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "PutUserPolicy", schemas_0/* PutUserPolicy$ */.d27) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-iam/dist-es/commands/RejectDelegationRequestCommand.js


class RejectDelegationRequestCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "RejectDelegationRequest", schemas_0/* RejectDelegationRequest$ */.Jp7) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-iam/dist-es/commands/RemoveClientIDFromOpenIDConnectProviderCommand.js


class RemoveClientIDFromOpenIDConnectProviderCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "RemoveClientIDFromOpenIDConnectProvider", schemas_0/* RemoveClientIDFromOpenIDConnectProvider$ */.Xk$) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-iam/dist-es/commands/RemoveRoleFromInstanceProfileCommand.js


class RemoveRoleFromInstanceProfileCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "RemoveRoleFromInstanceProfile", schemas_0/* RemoveRoleFromInstanceProfile$ */.b5x) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-iam/dist-es/commands/RemoveUserFromGroupCommand.js


class RemoveUserFromGroupCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "RemoveUserFromGroup", schemas_0/* RemoveUserFromGroup$ */.vmg) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-iam/dist-es/commands/ResetServiceSpecificCredentialCommand.js


class ResetServiceSpecificCredentialCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "ResetServiceSpecificCredential", schemas_0/* ResetServiceSpecificCredential$ */.qxG) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-iam/dist-es/commands/ResyncMFADeviceCommand.js


class ResyncMFADeviceCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "ResyncMFADevice", schemas_0/* ResyncMFADevice$ */.n_5) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-iam/dist-es/commands/SendDelegationTokenCommand.js


class SendDelegationTokenCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "SendDelegationToken", schemas_0/* SendDelegationToken$ */.iLw) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-iam/dist-es/commands/SetDefaultPolicyVersionCommand.js


class SetDefaultPolicyVersionCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "SetDefaultPolicyVersion", schemas_0/* SetDefaultPolicyVersion$ */.UCP) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-iam/dist-es/commands/SetSecurityTokenServicePreferencesCommand.js


class SetSecurityTokenServicePreferencesCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "SetSecurityTokenServicePreferences", schemas_0/* SetSecurityTokenServicePreferences$ */.TmH) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-iam/dist-es/commands/SimulateCustomPolicyCommand.js


class SimulateCustomPolicyCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "SimulateCustomPolicy", schemas_0/* SimulateCustomPolicy$ */._9i) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-iam/dist-es/commands/SimulatePrincipalPolicyCommand.js


class SimulatePrincipalPolicyCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "SimulatePrincipalPolicy", schemas_0/* SimulatePrincipalPolicy$ */.dfn) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-iam/dist-es/commands/TagInstanceProfileCommand.js


class TagInstanceProfileCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "TagInstanceProfile", schemas_0/* TagInstanceProfile$ */.r0u) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-iam/dist-es/commands/TagMFADeviceCommand.js


class TagMFADeviceCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "TagMFADevice", schemas_0/* TagMFADevice$ */.$2u) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-iam/dist-es/commands/TagOpenIDConnectProviderCommand.js


class TagOpenIDConnectProviderCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "TagOpenIDConnectProvider", schemas_0/* TagOpenIDConnectProvider$ */.tfD) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-iam/dist-es/commands/TagPolicyCommand.js


class TagPolicyCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "TagPolicy", schemas_0/* TagPolicy$ */.ht5) {
}

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-iam/dist-es/commands/TagRoleCommand.js
var TagRoleCommand = __webpack_require__(7488);
;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-iam/dist-es/commands/TagSAMLProviderCommand.js


class TagSAMLProviderCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "TagSAMLProvider", schemas_0/* TagSAMLProvider$ */.PNh) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-iam/dist-es/commands/TagServerCertificateCommand.js


class TagServerCertificateCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "TagServerCertificate", schemas_0/* TagServerCertificate$ */.TnM) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-iam/dist-es/commands/TagUserCommand.js


class TagUserCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "TagUser", schemas_0/* TagUser$ */.Kad) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-iam/dist-es/commands/UntagInstanceProfileCommand.js


class UntagInstanceProfileCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "UntagInstanceProfile", schemas_0/* UntagInstanceProfile$ */.wIC) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-iam/dist-es/commands/UntagMFADeviceCommand.js


class UntagMFADeviceCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "UntagMFADevice", schemas_0/* UntagMFADevice$ */.C73) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-iam/dist-es/commands/UntagOpenIDConnectProviderCommand.js


class UntagOpenIDConnectProviderCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "UntagOpenIDConnectProvider", schemas_0/* UntagOpenIDConnectProvider$ */.I67) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-iam/dist-es/commands/UntagPolicyCommand.js


class UntagPolicyCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "UntagPolicy", schemas_0/* UntagPolicy$ */.yuR) {
}

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-iam/dist-es/commands/UntagRoleCommand.js
var UntagRoleCommand = __webpack_require__(5839);
;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-iam/dist-es/commands/UntagSAMLProviderCommand.js


class UntagSAMLProviderCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "UntagSAMLProvider", schemas_0/* UntagSAMLProvider$ */.WZy) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-iam/dist-es/commands/UntagServerCertificateCommand.js


class UntagServerCertificateCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "UntagServerCertificate", schemas_0/* UntagServerCertificate$ */.M15) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-iam/dist-es/commands/UntagUserCommand.js


class UntagUserCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "UntagUser", schemas_0/* UntagUser$ */.bKN) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-iam/dist-es/commands/UpdateAccessKeyCommand.js


class UpdateAccessKeyCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "UpdateAccessKey", schemas_0/* UpdateAccessKey$ */.nkh) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-iam/dist-es/commands/UpdateAccountPasswordPolicyCommand.js


class UpdateAccountPasswordPolicyCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "UpdateAccountPasswordPolicy", schemas_0/* UpdateAccountPasswordPolicy$ */.E$K) {
}

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-iam/dist-es/commands/UpdateAssumeRolePolicyCommand.js
var UpdateAssumeRolePolicyCommand = __webpack_require__(6095);
;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-iam/dist-es/commands/UpdateDelegationRequestCommand.js


class UpdateDelegationRequestCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "UpdateDelegationRequest", schemas_0/* UpdateDelegationRequest$ */.bdS) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-iam/dist-es/commands/UpdateGroupCommand.js


class UpdateGroupCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "UpdateGroup", schemas_0/* UpdateGroup$ */.JC) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-iam/dist-es/commands/UpdateLoginProfileCommand.js


class UpdateLoginProfileCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "UpdateLoginProfile", schemas_0/* UpdateLoginProfile$ */._pq) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-iam/dist-es/commands/UpdateOpenIDConnectProviderThumbprintCommand.js


class UpdateOpenIDConnectProviderThumbprintCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "UpdateOpenIDConnectProviderThumbprint", schemas_0/* UpdateOpenIDConnectProviderThumbprint$ */.vxQ) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-iam/dist-es/commands/UpdateRoleCommand.js


class UpdateRoleCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "UpdateRole", schemas_0/* UpdateRole$ */.MJT) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-iam/dist-es/commands/UpdateRoleDescriptionCommand.js


class UpdateRoleDescriptionCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "UpdateRoleDescription", schemas_0/* UpdateRoleDescription$ */.Au1) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-iam/dist-es/commands/UpdateSAMLProviderCommand.js


class UpdateSAMLProviderCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "UpdateSAMLProvider", schemas_0/* UpdateSAMLProvider$ */.k5D) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-iam/dist-es/commands/UpdateServerCertificateCommand.js


class UpdateServerCertificateCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "UpdateServerCertificate", schemas_0/* UpdateServerCertificate$ */.OVk) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-iam/dist-es/commands/UpdateServiceSpecificCredentialCommand.js


class UpdateServiceSpecificCredentialCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "UpdateServiceSpecificCredential", schemas_0/* UpdateServiceSpecificCredential$ */.AAB) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-iam/dist-es/commands/UpdateSigningCertificateCommand.js


class UpdateSigningCertificateCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "UpdateSigningCertificate", schemas_0/* UpdateSigningCertificate$ */.W1S) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-iam/dist-es/commands/UpdateSSHPublicKeyCommand.js


class UpdateSSHPublicKeyCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "UpdateSSHPublicKey", schemas_0/* UpdateSSHPublicKey$ */.ujL) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-iam/dist-es/commands/UpdateUserCommand.js


class UpdateUserCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "UpdateUser", schemas_0/* UpdateUser$ */.xwT) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-iam/dist-es/commands/UploadServerCertificateCommand.js


class UploadServerCertificateCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "UploadServerCertificate", schemas_0/* UploadServerCertificate$ */.U64) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-iam/dist-es/commands/UploadSigningCertificateCommand.js


class UploadSigningCertificateCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "UploadSigningCertificate", schemas_0/* UploadSigningCertificate$ */.WHK) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-iam/dist-es/commands/UploadSSHPublicKeyCommand.js


class UploadSSHPublicKeyCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "UploadSSHPublicKey", schemas_0/* UploadSSHPublicKey$ */.unK) {
}

;// CONCATENATED MODULE: ./node_modules/@smithy/core/dist-es/legacy-root-exports/pagination/createPaginator.js
const makePagedClientRequest = async (CommandCtor, client, input, withCommand = (_) => _, ...args) => {
    let command = new CommandCtor(input);
    command = withCommand(command) ?? command;
    return await client.send(command, ...args);
};
function createPaginator(ClientCtor, CommandCtor, inputTokenName, outputTokenName, pageSizeTokenName) {
    return async function* paginateOperation(config, input, ...additionalArguments) {
        const _input = input;
        let token = config.startingToken ?? _input[inputTokenName];
        let hasNext = true;
        let page;
        while (hasNext) {
            _input[inputTokenName] = token;
            if (pageSizeTokenName) {
                _input[pageSizeTokenName] = _input[pageSizeTokenName] ?? config.pageSize;
            }
            if (config.client instanceof ClientCtor) {
                page = await makePagedClientRequest(CommandCtor, config.client, input, config.withCommand, ...additionalArguments);
            }
            else {
                throw new Error(`Invalid client, expected instance of ${ClientCtor.name}`);
            }
            yield page;
            const prevToken = token;
            token = get(page, outputTokenName);
            hasNext = !!(token && (!config.stopOnSameToken || token !== prevToken));
        }
        return undefined;
    };
}
const get = (fromObject, path) => {
    let cursor = fromObject;
    const pathComponents = path.split(".");
    for (const step of pathComponents) {
        if (!cursor || typeof cursor !== "object") {
            return undefined;
        }
        cursor = cursor[step];
    }
    return cursor;
};

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-iam/dist-es/pagination/GetAccountAuthorizationDetailsPaginator.js



const paginateGetAccountAuthorizationDetails = createPaginator(IAMClient, GetAccountAuthorizationDetailsCommand, "Marker", "Marker", "MaxItems");

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-iam/dist-es/pagination/GetGroupPaginator.js



const paginateGetGroup = createPaginator(IAMClient, GetGroupCommand, "Marker", "Marker", "MaxItems");

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-iam/dist-es/pagination/ListAccessKeysPaginator.js



const paginateListAccessKeys = createPaginator(IAMClient, ListAccessKeysCommand, "Marker", "Marker", "MaxItems");

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-iam/dist-es/pagination/ListAccountAliasesPaginator.js



const paginateListAccountAliases = createPaginator(IAMClient, ListAccountAliasesCommand, "Marker", "Marker", "MaxItems");

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-iam/dist-es/pagination/ListAttachedGroupPoliciesPaginator.js



const paginateListAttachedGroupPolicies = createPaginator(IAMClient, ListAttachedGroupPoliciesCommand, "Marker", "Marker", "MaxItems");

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-iam/dist-es/pagination/ListAttachedRolePoliciesPaginator.js



const paginateListAttachedRolePolicies = createPaginator(IAMClient, ListAttachedRolePoliciesCommand, "Marker", "Marker", "MaxItems");

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-iam/dist-es/pagination/ListAttachedUserPoliciesPaginator.js



const paginateListAttachedUserPolicies = createPaginator(IAMClient, ListAttachedUserPoliciesCommand, "Marker", "Marker", "MaxItems");

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-iam/dist-es/pagination/ListEntitiesForPolicyPaginator.js



const paginateListEntitiesForPolicy = createPaginator(IAMClient, ListEntitiesForPolicyCommand, "Marker", "Marker", "MaxItems");

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-iam/dist-es/pagination/ListGroupPoliciesPaginator.js



const paginateListGroupPolicies = createPaginator(IAMClient, ListGroupPoliciesCommand, "Marker", "Marker", "MaxItems");

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-iam/dist-es/pagination/ListGroupsForUserPaginator.js



const paginateListGroupsForUser = createPaginator(IAMClient, ListGroupsForUserCommand, "Marker", "Marker", "MaxItems");

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-iam/dist-es/pagination/ListGroupsPaginator.js



const paginateListGroups = createPaginator(IAMClient, ListGroupsCommand, "Marker", "Marker", "MaxItems");

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-iam/dist-es/pagination/ListInstanceProfilesForRolePaginator.js



const paginateListInstanceProfilesForRole = createPaginator(IAMClient, ListInstanceProfilesForRoleCommand, "Marker", "Marker", "MaxItems");

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-iam/dist-es/pagination/ListInstanceProfilesPaginator.js



const paginateListInstanceProfiles = createPaginator(IAMClient, ListInstanceProfilesCommand, "Marker", "Marker", "MaxItems");

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-iam/dist-es/pagination/ListInstanceProfileTagsPaginator.js



const paginateListInstanceProfileTags = createPaginator(IAMClient, ListInstanceProfileTagsCommand, "Marker", "Marker", "MaxItems");

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-iam/dist-es/pagination/ListMFADevicesPaginator.js



const paginateListMFADevices = createPaginator(IAMClient, ListMFADevicesCommand, "Marker", "Marker", "MaxItems");

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-iam/dist-es/pagination/ListMFADeviceTagsPaginator.js



const paginateListMFADeviceTags = createPaginator(IAMClient, ListMFADeviceTagsCommand, "Marker", "Marker", "MaxItems");

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-iam/dist-es/pagination/ListOpenIDConnectProviderTagsPaginator.js



const paginateListOpenIDConnectProviderTags = createPaginator(IAMClient, ListOpenIDConnectProviderTagsCommand, "Marker", "Marker", "MaxItems");

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-iam/dist-es/pagination/ListPoliciesPaginator.js



const paginateListPolicies = createPaginator(IAMClient, ListPoliciesCommand, "Marker", "Marker", "MaxItems");

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-iam/dist-es/pagination/ListPolicyTagsPaginator.js



const paginateListPolicyTags = createPaginator(IAMClient, ListPolicyTagsCommand, "Marker", "Marker", "MaxItems");

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-iam/dist-es/pagination/ListPolicyVersionsPaginator.js



const paginateListPolicyVersions = createPaginator(IAMClient, ListPolicyVersionsCommand, "Marker", "Marker", "MaxItems");

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-iam/dist-es/pagination/ListRolePoliciesPaginator.js



const paginateListRolePolicies = createPaginator(IAMClient, ListRolePoliciesCommand, "Marker", "Marker", "MaxItems");

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-iam/dist-es/pagination/ListRolesPaginator.js



const paginateListRoles = createPaginator(IAMClient, ListRolesCommand/* ListRolesCommand */.J, "Marker", "Marker", "MaxItems");

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-iam/dist-es/pagination/ListRoleTagsPaginator.js



const paginateListRoleTags = createPaginator(IAMClient, ListRoleTagsCommand, "Marker", "Marker", "MaxItems");

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-iam/dist-es/pagination/ListSAMLProviderTagsPaginator.js



const paginateListSAMLProviderTags = createPaginator(IAMClient, ListSAMLProviderTagsCommand, "Marker", "Marker", "MaxItems");

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-iam/dist-es/pagination/ListServerCertificatesPaginator.js



const paginateListServerCertificates = createPaginator(IAMClient, ListServerCertificatesCommand, "Marker", "Marker", "MaxItems");

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-iam/dist-es/pagination/ListServerCertificateTagsPaginator.js



const paginateListServerCertificateTags = createPaginator(IAMClient, ListServerCertificateTagsCommand, "Marker", "Marker", "MaxItems");

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-iam/dist-es/pagination/ListSigningCertificatesPaginator.js



const paginateListSigningCertificates = createPaginator(IAMClient, ListSigningCertificatesCommand, "Marker", "Marker", "MaxItems");

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-iam/dist-es/pagination/ListSSHPublicKeysPaginator.js



const paginateListSSHPublicKeys = createPaginator(IAMClient, ListSSHPublicKeysCommand, "Marker", "Marker", "MaxItems");

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-iam/dist-es/pagination/ListUserPoliciesPaginator.js



const paginateListUserPolicies = createPaginator(IAMClient, ListUserPoliciesCommand, "Marker", "Marker", "MaxItems");

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-iam/dist-es/pagination/ListUsersPaginator.js



const paginateListUsers = createPaginator(IAMClient, ListUsersCommand, "Marker", "Marker", "MaxItems");

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-iam/dist-es/pagination/ListUserTagsPaginator.js



const paginateListUserTags = createPaginator(IAMClient, ListUserTagsCommand, "Marker", "Marker", "MaxItems");

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-iam/dist-es/pagination/ListVirtualMFADevicesPaginator.js



const paginateListVirtualMFADevices = createPaginator(IAMClient, ListVirtualMFADevicesCommand, "Marker", "Marker", "MaxItems");

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-iam/dist-es/pagination/SimulateCustomPolicyPaginator.js



const paginateSimulateCustomPolicy = createPaginator(IAMClient, SimulateCustomPolicyCommand, "Marker", "Marker", "MaxItems");

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-iam/dist-es/pagination/SimulatePrincipalPolicyPaginator.js



const paginateSimulatePrincipalPolicy = createPaginator(IAMClient, SimulatePrincipalPolicyCommand, "Marker", "Marker", "MaxItems");

;// CONCATENATED MODULE: ./node_modules/@smithy/core/dist-es/submodules/client/util-waiter/circularReplacer.js
const getCircularReplacer = () => {
    const seen = new WeakSet();
    return (key, value) => {
        if (typeof value === "object" && value !== null) {
            if (seen.has(value)) {
                return "[Circular]";
            }
            seen.add(value);
        }
        return value;
    };
};

;// CONCATENATED MODULE: ./node_modules/@smithy/core/dist-es/submodules/client/util-waiter/waiter.js

const waiterServiceDefaults = {
    minDelay: 2,
    maxDelay: 120,
};
var WaiterState;
(function (WaiterState) {
    WaiterState["ABORTED"] = "ABORTED";
    WaiterState["FAILURE"] = "FAILURE";
    WaiterState["SUCCESS"] = "SUCCESS";
    WaiterState["RETRY"] = "RETRY";
    WaiterState["TIMEOUT"] = "TIMEOUT";
})(WaiterState || (WaiterState = {}));
const checkExceptions = (result) => {
    if (result.state === WaiterState.ABORTED) {
        const abortError = new Error(`${JSON.stringify({
            ...result,
            reason: "Request was aborted",
        }, getCircularReplacer())}`);
        abortError.name = "AbortError";
        throw abortError;
    }
    else if (result.state === WaiterState.TIMEOUT) {
        const timeoutError = new Error(`${JSON.stringify({
            ...result,
            reason: "Waiter has timed out",
        }, getCircularReplacer())}`);
        timeoutError.name = "TimeoutError";
        throw timeoutError;
    }
    else if (result.state !== WaiterState.SUCCESS) {
        throw new Error(`${JSON.stringify(result, getCircularReplacer())}`);
    }
    return result;
};

;// CONCATENATED MODULE: ./node_modules/@smithy/core/dist-es/submodules/client/util-waiter/utils/sleep.js
const sleep = (seconds) => {
    return new Promise((resolve) => setTimeout(resolve, seconds * 1000));
};

;// CONCATENATED MODULE: ./node_modules/@smithy/core/dist-es/submodules/client/util-waiter/poller.js



const runPolling = async ({ minDelay, maxDelay, maxWaitTime, abortController, client, abortSignal }, input, acceptorChecks) => {
    const observedResponses = {};
    const [minDelayMs, maxDelayMs] = [minDelay * 1000, maxDelay * 1000];
    let currentAttempt = 0;
    const waitUntil = Date.now() + maxWaitTime * 1000;
    const warn403Time = Date.now() + 60_000;
    let didWarn403 = false;
    while (true) {
        if (currentAttempt > 0) {
            const delayMs = exponentialBackoffWithJitter(minDelayMs, maxDelayMs, currentAttempt, waitUntil);
            if (abortController?.signal?.aborted || abortSignal?.aborted) {
                const message = "AbortController signal aborted.";
                observedResponses[message] |= 0;
                observedResponses[message] += 1;
                return { state: WaiterState.ABORTED, observedResponses };
            }
            if (Date.now() + delayMs > waitUntil) {
                return { state: WaiterState.TIMEOUT, observedResponses };
            }
            await sleep(delayMs / 1_000);
        }
        const { state, reason } = await acceptorChecks(client, input);
        if (reason) {
            const message = createMessageFromResponse(reason);
            observedResponses[message] |= 0;
            observedResponses[message] += 1;
        }
        if (state !== WaiterState.RETRY) {
            return { state, reason, final: reason, observedResponses };
        }
        currentAttempt += 1;
        if (!didWarn403 && Date.now() >= warn403Time) {
            checkWarn403(observedResponses, client);
            didWarn403 = true;
        }
    }
};
const checkWarn403 = (observedResponses = {}, client) => {
    const orderedErrors = Object.keys(observedResponses);
    let maxCount = 0;
    let count403 = 0;
    for (const response of orderedErrors) {
        const n = observedResponses[response] | 0;
        maxCount = Math.max(n, maxCount);
        if (response.startsWith("403:")) {
            count403 += n;
        }
    }
    const clientLogger = client?.config?.logger;
    const warningLogger = typeof clientLogger?.warn === "function" && !clientLogger.constructor?.name?.includes?.("NoOpLogger")
        ? clientLogger
        : console;
    if (count403 >= 3 || orderedErrors[orderedErrors.length - 1]?.startsWith("403:")) {
        warningLogger.warn(`@smithy/util-waiter WARN - 403 status code encountered during waiter polling.`);
    }
};
const createMessageFromResponse = (reason) => {
    const status = reason?.$response?.statusCode ?? reason?.$metadata?.httpStatusCode;
    if (reason?.$responseBodyText) {
        return `${status ? status + ": " : ""}Deserialization error for body: ${reason.$responseBodyText}`;
    }
    if (status) {
        if (reason?.$response || reason?.message) {
            return `${status ?? "Unknown"}: ${reason?.message}`;
        }
        return `${status}: OK`;
    }
    return String(reason?.message ?? JSON.stringify(reason, getCircularReplacer()) ?? "Unknown");
};
const exponentialBackoffWithJitter = (minDelayMs, maxDelayMs, attempt, waitUntil) => {
    const attemptCountCeiling = Math.log(maxDelayMs / minDelayMs) / Math.log(2) + 1;
    if (attempt > attemptCountCeiling) {
        return maxDelayMs;
    }
    const delay = minDelayMs * 2 ** (attempt - 1);
    const capped = Math.min(delay, maxDelayMs);
    const waitFor = randomInRange(minDelayMs, capped);
    if (Date.now() + waitFor > waitUntil) {
        const timeRemaining = waitUntil - Date.now();
        return Math.max(0, timeRemaining - 500);
    }
    return waitFor;
};
const randomInRange = (min, max) => min + Math.random() * (max - min);

;// CONCATENATED MODULE: ./node_modules/@smithy/core/dist-es/submodules/client/util-waiter/utils/validate.js
const validateWaiterOptions = (options) => {
    if (options.maxWaitTime <= 0) {
        throw new Error(`WaiterConfiguration.maxWaitTime must be greater than 0`);
    }
    else if (options.minDelay <= 0) {
        throw new Error(`WaiterConfiguration.minDelay must be greater than 0`);
    }
    else if (options.maxDelay <= 0) {
        throw new Error(`WaiterConfiguration.maxDelay must be greater than 0`);
    }
    else if (options.maxWaitTime <= options.minDelay) {
        throw new Error(`WaiterConfiguration.maxWaitTime [${options.maxWaitTime}] must be greater than WaiterConfiguration.minDelay [${options.minDelay}] for this waiter`);
    }
    else if (options.maxDelay < options.minDelay) {
        throw new Error(`WaiterConfiguration.maxDelay [${options.maxDelay}] must be greater than WaiterConfiguration.minDelay [${options.minDelay}] for this waiter`);
    }
};

;// CONCATENATED MODULE: ./node_modules/@smithy/core/dist-es/submodules/client/util-waiter/createWaiter.js



const abortTimeout = (abortSignal) => {
    let onAbort;
    const promise = new Promise((resolve) => {
        onAbort = () => resolve({ state: WaiterState.ABORTED });
        if (typeof abortSignal.addEventListener === "function") {
            abortSignal.addEventListener("abort", onAbort);
        }
        else {
            abortSignal.onabort = onAbort;
        }
    });
    return {
        clearListener() {
            if (typeof abortSignal.removeEventListener === "function") {
                abortSignal.removeEventListener("abort", onAbort);
            }
        },
        aborted: promise,
    };
};
const createWaiter = async (options, input, acceptorChecks) => {
    const params = {
        ...waiterServiceDefaults,
        ...options,
    };
    validateWaiterOptions(params);
    const exitConditions = [runPolling(params, input, acceptorChecks)];
    const finalize = [];
    if (options.abortSignal) {
        const { aborted, clearListener } = abortTimeout(options.abortSignal);
        finalize.push(clearListener);
        exitConditions.push(aborted);
    }
    if (options.abortController?.signal) {
        const { aborted, clearListener } = abortTimeout(options.abortController.signal);
        finalize.push(clearListener);
        exitConditions.push(aborted);
    }
    return Promise.race(exitConditions).then((result) => {
        for (const fn of finalize) {
            fn();
        }
        return result;
    });
};

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-iam/dist-es/waiters/waitForInstanceProfileExists.js


const checkState = async (client, input) => {
    let reason;
    try {
        let result = await client.send(new GetInstanceProfileCommand(input));
        reason = result;
        return { state: WaiterState.SUCCESS, reason };
    }
    catch (exception) {
        reason = exception;
        if (exception.name === "NoSuchEntityException") {
            return { state: WaiterState.RETRY, reason };
        }
    }
    return { state: WaiterState.RETRY, reason };
};
const waitForInstanceProfileExists = async (params, input) => {
    const serviceDefaults = { minDelay: 1, maxDelay: 120 };
    return createWaiter({ ...serviceDefaults, ...params }, input, checkState);
};
const waitUntilInstanceProfileExists = async (params, input) => {
    const serviceDefaults = { minDelay: 1, maxDelay: 120 };
    const result = await createWaiter({ ...serviceDefaults, ...params }, input, checkState);
    return checkExceptions(result);
};

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-iam/dist-es/waiters/waitForPolicyExists.js


const waitForPolicyExists_checkState = async (client, input) => {
    let reason;
    try {
        let result = await client.send(new GetPolicyCommand(input));
        reason = result;
        return { state: WaiterState.SUCCESS, reason };
    }
    catch (exception) {
        reason = exception;
        if (exception.name === "NoSuchEntityException") {
            return { state: WaiterState.RETRY, reason };
        }
    }
    return { state: WaiterState.RETRY, reason };
};
const waitForPolicyExists = async (params, input) => {
    const serviceDefaults = { minDelay: 1, maxDelay: 120 };
    return createWaiter({ ...serviceDefaults, ...params }, input, waitForPolicyExists_checkState);
};
const waitUntilPolicyExists = async (params, input) => {
    const serviceDefaults = { minDelay: 1, maxDelay: 120 };
    const result = await createWaiter({ ...serviceDefaults, ...params }, input, waitForPolicyExists_checkState);
    return checkExceptions(result);
};

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-iam/dist-es/waiters/waitForRoleExists.js


const waitForRoleExists_checkState = async (client, input) => {
    let reason;
    try {
        let result = await client.send(new GetRoleCommand/* GetRoleCommand */.k(input));
        reason = result;
        return { state: WaiterState.SUCCESS, reason };
    }
    catch (exception) {
        reason = exception;
        if (exception.name === "NoSuchEntityException") {
            return { state: WaiterState.RETRY, reason };
        }
    }
    return { state: WaiterState.RETRY, reason };
};
const waitForRoleExists = async (params, input) => {
    const serviceDefaults = { minDelay: 1, maxDelay: 120 };
    return createWaiter({ ...serviceDefaults, ...params }, input, waitForRoleExists_checkState);
};
const waitUntilRoleExists = async (params, input) => {
    const serviceDefaults = { minDelay: 1, maxDelay: 120 };
    const result = await createWaiter({ ...serviceDefaults, ...params }, input, waitForRoleExists_checkState);
    return checkExceptions(result);
};

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-iam/dist-es/waiters/waitForUserExists.js


const waitForUserExists_checkState = async (client, input) => {
    let reason;
    try {
        let result = await client.send(new GetUserCommand(input));
        reason = result;
        return { state: WaiterState.SUCCESS, reason };
    }
    catch (exception) {
        reason = exception;
        if (exception.name === "NoSuchEntityException") {
            return { state: WaiterState.RETRY, reason };
        }
    }
    return { state: WaiterState.RETRY, reason };
};
const waitForUserExists = async (params, input) => {
    const serviceDefaults = { minDelay: 1, maxDelay: 120 };
    return createWaiter({ ...serviceDefaults, ...params }, input, waitForUserExists_checkState);
};
const waitUntilUserExists = async (params, input) => {
    const serviceDefaults = { minDelay: 1, maxDelay: 120 };
    const result = await createWaiter({ ...serviceDefaults, ...params }, input, waitForUserExists_checkState);
    return checkExceptions(result);
};

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-iam/dist-es/IAM.js




























































































































































































































const commands = {
    AcceptDelegationRequestCommand: AcceptDelegationRequestCommand,
    AcquireRoleCommand: AcquireRoleCommand,
    AddClientIDToOpenIDConnectProviderCommand: AddClientIDToOpenIDConnectProviderCommand,
    AddRoleToInstanceProfileCommand: AddRoleToInstanceProfileCommand,
    AddUserToGroupCommand: AddUserToGroupCommand,
    AssociateDelegationRequestCommand: AssociateDelegationRequestCommand,
    AttachGroupPolicyCommand: AttachGroupPolicyCommand,
    AttachRolePolicyCommand: AttachRolePolicyCommand,
    AttachUserPolicyCommand: AttachUserPolicyCommand,
    ChangePasswordCommand: ChangePasswordCommand,
    CreateAccessKeyCommand: CreateAccessKeyCommand,
    CreateAccountAliasCommand: CreateAccountAliasCommand,
    CreateDelegationRequestCommand: CreateDelegationRequestCommand,
    CreateGroupCommand: CreateGroupCommand,
    CreateInstanceProfileCommand: CreateInstanceProfileCommand,
    CreateLoginProfileCommand: CreateLoginProfileCommand,
    CreateOpenIDConnectProviderCommand: CreateOpenIDConnectProviderCommand,
    CreatePolicyCommand: CreatePolicyCommand,
    CreatePolicyVersionCommand: CreatePolicyVersionCommand,
    CreateRoleCommand: CreateRoleCommand,
    CreateSAMLProviderCommand: CreateSAMLProviderCommand,
    CreateServiceLinkedRoleCommand: CreateServiceLinkedRoleCommand,
    CreateServiceSpecificCredentialCommand: CreateServiceSpecificCredentialCommand,
    CreateUserCommand: CreateUserCommand,
    CreateVirtualMFADeviceCommand: CreateVirtualMFADeviceCommand,
    DeactivateMFADeviceCommand: DeactivateMFADeviceCommand,
    DeleteAccessKeyCommand: DeleteAccessKeyCommand,
    DeleteAccountAliasCommand: DeleteAccountAliasCommand,
    DeleteAccountPasswordPolicyCommand: DeleteAccountPasswordPolicyCommand,
    DeleteGroupCommand: DeleteGroupCommand,
    DeleteGroupPolicyCommand: DeleteGroupPolicyCommand,
    DeleteInstanceProfileCommand: DeleteInstanceProfileCommand,
    DeleteLoginProfileCommand: DeleteLoginProfileCommand,
    DeleteOpenIDConnectProviderCommand: DeleteOpenIDConnectProviderCommand,
    DeletePolicyCommand: DeletePolicyCommand,
    DeletePolicyVersionCommand: DeletePolicyVersionCommand,
    DeleteRoleCommand: DeleteRoleCommand,
    DeleteRolePermissionsBoundaryCommand: DeleteRolePermissionsBoundaryCommand,
    DeleteRolePolicyCommand: DeleteRolePolicyCommand,
    DeleteSAMLProviderCommand: DeleteSAMLProviderCommand,
    DeleteServerCertificateCommand: DeleteServerCertificateCommand,
    DeleteServiceLinkedRoleCommand: DeleteServiceLinkedRoleCommand,
    DeleteServiceSpecificCredentialCommand: DeleteServiceSpecificCredentialCommand,
    DeleteSigningCertificateCommand: DeleteSigningCertificateCommand,
    DeleteSSHPublicKeyCommand: DeleteSSHPublicKeyCommand,
    DeleteUserCommand: DeleteUserCommand,
    DeleteUserPermissionsBoundaryCommand: DeleteUserPermissionsBoundaryCommand,
    DeleteUserPolicyCommand: DeleteUserPolicyCommand,
    DeleteVirtualMFADeviceCommand: DeleteVirtualMFADeviceCommand,
    DetachGroupPolicyCommand: DetachGroupPolicyCommand,
    DetachRolePolicyCommand: DetachRolePolicyCommand,
    DetachUserPolicyCommand: DetachUserPolicyCommand,
    DisableOrganizationsRootCredentialsManagementCommand: DisableOrganizationsRootCredentialsManagementCommand,
    DisableOrganizationsRootSessionsCommand: DisableOrganizationsRootSessionsCommand,
    DisableOutboundWebIdentityFederationCommand: DisableOutboundWebIdentityFederationCommand,
    EnableMFADeviceCommand: EnableMFADeviceCommand,
    EnableOrganizationsRootCredentialsManagementCommand: EnableOrganizationsRootCredentialsManagementCommand,
    EnableOrganizationsRootSessionsCommand: EnableOrganizationsRootSessionsCommand,
    EnableOutboundWebIdentityFederationCommand: EnableOutboundWebIdentityFederationCommand,
    GenerateCredentialReportCommand: GenerateCredentialReportCommand,
    GenerateOrganizationsAccessReportCommand: GenerateOrganizationsAccessReportCommand,
    GenerateServiceLastAccessedDetailsCommand: GenerateServiceLastAccessedDetailsCommand,
    GetAccessKeyLastUsedCommand: GetAccessKeyLastUsedCommand,
    GetAccountAuthorizationDetailsCommand: GetAccountAuthorizationDetailsCommand,
    GetAccountPasswordPolicyCommand: GetAccountPasswordPolicyCommand,
    GetAccountPropertiesCommand: GetAccountPropertiesCommand,
    GetAccountSummaryCommand: GetAccountSummaryCommand,
    GetContextKeysForCustomPolicyCommand: GetContextKeysForCustomPolicyCommand,
    GetContextKeysForPrincipalPolicyCommand: GetContextKeysForPrincipalPolicyCommand,
    GetCredentialReportCommand: GetCredentialReportCommand,
    GetDelegationRequestCommand: GetDelegationRequestCommand,
    GetGroupCommand: GetGroupCommand,
    GetGroupPolicyCommand: GetGroupPolicyCommand,
    GetHumanReadableSummaryCommand: GetHumanReadableSummaryCommand,
    GetInstanceProfileCommand: GetInstanceProfileCommand,
    GetLoginProfileCommand: GetLoginProfileCommand,
    GetMFADeviceCommand: GetMFADeviceCommand,
    GetOpenIDConnectProviderCommand: GetOpenIDConnectProviderCommand,
    GetOrganizationsAccessReportCommand: GetOrganizationsAccessReportCommand,
    GetOutboundWebIdentityFederationInfoCommand: GetOutboundWebIdentityFederationInfoCommand,
    GetPolicyCommand: GetPolicyCommand,
    GetPolicyVersionCommand: GetPolicyVersionCommand,
    GetRoleCommand: GetRoleCommand/* GetRoleCommand */.k,
    GetRolePolicyCommand: GetRolePolicyCommand,
    GetRoleTemplateVersionCommand: GetRoleTemplateVersionCommand,
    GetSAMLProviderCommand: GetSAMLProviderCommand,
    GetServerCertificateCommand: GetServerCertificateCommand,
    GetServiceLastAccessedDetailsCommand: GetServiceLastAccessedDetailsCommand,
    GetServiceLastAccessedDetailsWithEntitiesCommand: GetServiceLastAccessedDetailsWithEntitiesCommand,
    GetServiceLinkedRoleDeletionStatusCommand: GetServiceLinkedRoleDeletionStatusCommand,
    GetSSHPublicKeyCommand: GetSSHPublicKeyCommand,
    GetUserCommand: GetUserCommand,
    GetUserPolicyCommand: GetUserPolicyCommand,
    ListAccessKeysCommand: ListAccessKeysCommand,
    ListAccountAliasesCommand: ListAccountAliasesCommand,
    ListAttachedGroupPoliciesCommand: ListAttachedGroupPoliciesCommand,
    ListAttachedRolePoliciesCommand: ListAttachedRolePoliciesCommand,
    ListAttachedUserPoliciesCommand: ListAttachedUserPoliciesCommand,
    ListDelegationRequestsCommand: ListDelegationRequestsCommand,
    ListEntitiesForPolicyCommand: ListEntitiesForPolicyCommand,
    ListGroupPoliciesCommand: ListGroupPoliciesCommand,
    ListGroupsCommand: ListGroupsCommand,
    ListGroupsForUserCommand: ListGroupsForUserCommand,
    ListInstanceProfilesCommand: ListInstanceProfilesCommand,
    ListInstanceProfilesForRoleCommand: ListInstanceProfilesForRoleCommand,
    ListInstanceProfileTagsCommand: ListInstanceProfileTagsCommand,
    ListMFADevicesCommand: ListMFADevicesCommand,
    ListMFADeviceTagsCommand: ListMFADeviceTagsCommand,
    ListOpenIDConnectProvidersCommand: ListOpenIDConnectProvidersCommand,
    ListOpenIDConnectProviderTagsCommand: ListOpenIDConnectProviderTagsCommand,
    ListOrganizationsFeaturesCommand: ListOrganizationsFeaturesCommand,
    ListPoliciesCommand: ListPoliciesCommand,
    ListPoliciesGrantingServiceAccessCommand: ListPoliciesGrantingServiceAccessCommand,
    ListPolicyTagsCommand: ListPolicyTagsCommand,
    ListPolicyVersionsCommand: ListPolicyVersionsCommand,
    ListRolePoliciesCommand: ListRolePoliciesCommand,
    ListRolesCommand: ListRolesCommand/* ListRolesCommand */.J,
    ListRoleTagsCommand: ListRoleTagsCommand,
    ListSAMLProvidersCommand: ListSAMLProvidersCommand,
    ListSAMLProviderTagsCommand: ListSAMLProviderTagsCommand,
    ListServerCertificatesCommand: ListServerCertificatesCommand,
    ListServerCertificateTagsCommand: ListServerCertificateTagsCommand,
    ListServiceSpecificCredentialsCommand: ListServiceSpecificCredentialsCommand,
    ListSigningCertificatesCommand: ListSigningCertificatesCommand,
    ListSSHPublicKeysCommand: ListSSHPublicKeysCommand,
    ListUserPoliciesCommand: ListUserPoliciesCommand,
    ListUsersCommand: ListUsersCommand,
    ListUserTagsCommand: ListUserTagsCommand,
    ListVirtualMFADevicesCommand: ListVirtualMFADevicesCommand,
    PutAccountPropertiesCommand: PutAccountPropertiesCommand,
    PutGroupPolicyCommand: PutGroupPolicyCommand,
    PutRolePermissionsBoundaryCommand: PutRolePermissionsBoundaryCommand,
    PutRolePolicyCommand: PutRolePolicyCommand,
    PutUserPermissionsBoundaryCommand: PutUserPermissionsBoundaryCommand,
    PutUserPolicyCommand: PutUserPolicyCommand,
    RejectDelegationRequestCommand: RejectDelegationRequestCommand,
    RemoveClientIDFromOpenIDConnectProviderCommand: RemoveClientIDFromOpenIDConnectProviderCommand,
    RemoveRoleFromInstanceProfileCommand: RemoveRoleFromInstanceProfileCommand,
    RemoveUserFromGroupCommand: RemoveUserFromGroupCommand,
    ResetServiceSpecificCredentialCommand: ResetServiceSpecificCredentialCommand,
    ResyncMFADeviceCommand: ResyncMFADeviceCommand,
    SendDelegationTokenCommand: SendDelegationTokenCommand,
    SetDefaultPolicyVersionCommand: SetDefaultPolicyVersionCommand,
    SetSecurityTokenServicePreferencesCommand: SetSecurityTokenServicePreferencesCommand,
    SimulateCustomPolicyCommand: SimulateCustomPolicyCommand,
    SimulatePrincipalPolicyCommand: SimulatePrincipalPolicyCommand,
    TagInstanceProfileCommand: TagInstanceProfileCommand,
    TagMFADeviceCommand: TagMFADeviceCommand,
    TagOpenIDConnectProviderCommand: TagOpenIDConnectProviderCommand,
    TagPolicyCommand: TagPolicyCommand,
    TagRoleCommand: TagRoleCommand/* TagRoleCommand */.W,
    TagSAMLProviderCommand: TagSAMLProviderCommand,
    TagServerCertificateCommand: TagServerCertificateCommand,
    TagUserCommand: TagUserCommand,
    UntagInstanceProfileCommand: UntagInstanceProfileCommand,
    UntagMFADeviceCommand: UntagMFADeviceCommand,
    UntagOpenIDConnectProviderCommand: UntagOpenIDConnectProviderCommand,
    UntagPolicyCommand: UntagPolicyCommand,
    UntagRoleCommand: UntagRoleCommand/* UntagRoleCommand */.H,
    UntagSAMLProviderCommand: UntagSAMLProviderCommand,
    UntagServerCertificateCommand: UntagServerCertificateCommand,
    UntagUserCommand: UntagUserCommand,
    UpdateAccessKeyCommand: UpdateAccessKeyCommand,
    UpdateAccountPasswordPolicyCommand: UpdateAccountPasswordPolicyCommand,
    UpdateAssumeRolePolicyCommand: UpdateAssumeRolePolicyCommand/* UpdateAssumeRolePolicyCommand */.t,
    UpdateDelegationRequestCommand: UpdateDelegationRequestCommand,
    UpdateGroupCommand: UpdateGroupCommand,
    UpdateLoginProfileCommand: UpdateLoginProfileCommand,
    UpdateOpenIDConnectProviderThumbprintCommand: UpdateOpenIDConnectProviderThumbprintCommand,
    UpdateRoleCommand: UpdateRoleCommand,
    UpdateRoleDescriptionCommand: UpdateRoleDescriptionCommand,
    UpdateSAMLProviderCommand: UpdateSAMLProviderCommand,
    UpdateServerCertificateCommand: UpdateServerCertificateCommand,
    UpdateServiceSpecificCredentialCommand: UpdateServiceSpecificCredentialCommand,
    UpdateSigningCertificateCommand: UpdateSigningCertificateCommand,
    UpdateSSHPublicKeyCommand: UpdateSSHPublicKeyCommand,
    UpdateUserCommand: UpdateUserCommand,
    UploadServerCertificateCommand: UploadServerCertificateCommand,
    UploadSigningCertificateCommand: UploadSigningCertificateCommand,
    UploadSSHPublicKeyCommand: UploadSSHPublicKeyCommand,
};
const paginators = {
    paginateGetAccountAuthorizationDetails: paginateGetAccountAuthorizationDetails,
    paginateGetGroup: paginateGetGroup,
    paginateListAccessKeys: paginateListAccessKeys,
    paginateListAccountAliases: paginateListAccountAliases,
    paginateListAttachedGroupPolicies: paginateListAttachedGroupPolicies,
    paginateListAttachedRolePolicies: paginateListAttachedRolePolicies,
    paginateListAttachedUserPolicies: paginateListAttachedUserPolicies,
    paginateListEntitiesForPolicy: paginateListEntitiesForPolicy,
    paginateListGroupPolicies: paginateListGroupPolicies,
    paginateListGroups: paginateListGroups,
    paginateListGroupsForUser: paginateListGroupsForUser,
    paginateListInstanceProfiles: paginateListInstanceProfiles,
    paginateListInstanceProfilesForRole: paginateListInstanceProfilesForRole,
    paginateListInstanceProfileTags: paginateListInstanceProfileTags,
    paginateListMFADevices: paginateListMFADevices,
    paginateListMFADeviceTags: paginateListMFADeviceTags,
    paginateListOpenIDConnectProviderTags: paginateListOpenIDConnectProviderTags,
    paginateListPolicies: paginateListPolicies,
    paginateListPolicyTags: paginateListPolicyTags,
    paginateListPolicyVersions: paginateListPolicyVersions,
    paginateListRolePolicies: paginateListRolePolicies,
    paginateListRoles: paginateListRoles,
    paginateListRoleTags: paginateListRoleTags,
    paginateListSAMLProviderTags: paginateListSAMLProviderTags,
    paginateListServerCertificates: paginateListServerCertificates,
    paginateListServerCertificateTags: paginateListServerCertificateTags,
    paginateListSigningCertificates: paginateListSigningCertificates,
    paginateListSSHPublicKeys: paginateListSSHPublicKeys,
    paginateListUserPolicies: paginateListUserPolicies,
    paginateListUsers: paginateListUsers,
    paginateListUserTags: paginateListUserTags,
    paginateListVirtualMFADevices: paginateListVirtualMFADevices,
    paginateSimulateCustomPolicy: paginateSimulateCustomPolicy,
    paginateSimulatePrincipalPolicy: paginateSimulatePrincipalPolicy,
};
const waiters = {
    waitUntilInstanceProfileExists: waitUntilInstanceProfileExists,
    waitUntilPolicyExists: waitUntilPolicyExists,
    waitUntilRoleExists: waitUntilRoleExists,
    waitUntilUserExists: waitUntilUserExists,
};
class IAM extends IAMClient {
}
createAggregatedClient(commands, IAM, { paginators, waiters });

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-iam/dist-es/commands/index.js





















































































































































































// EXTERNAL MODULE: ./node_modules/@smithy/core/dist-es/submodules/client/smithy-client/command.js + 1 modules
var command = __webpack_require__(5845);
;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-iam/dist-es/pagination/index.js




































;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-iam/dist-es/waiters/index.js





;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-iam/dist-es/models/enums.js
const AccessAdvisorUsageGranularityType = {
    ACTION_LEVEL: "ACTION_LEVEL",
    SERVICE_LEVEL: "SERVICE_LEVEL",
};
const StatusType = {
    Active: "Active",
    Expired: "Expired",
    Inactive: "Inactive",
};
const PermissionsBoundaryAttachmentType = {
    Policy: "PermissionsBoundaryPolicy",
};
const AssertionEncryptionModeType = {
    Allowed: "Allowed",
    Required: "Required",
};
const AssignmentStatusType = {
    Any: "Any",
    Assigned: "Assigned",
    Unassigned: "Unassigned",
};
const AttachmentType = {
    GROUP: "group",
    ROLE: "role",
    USER: "user",
};
const PolicyParameterTypeEnum = {
    STRING: "string",
    STRING_LIST: "stringList",
};
const FeatureType = {
    ROOT_CREDENTIALS_MANAGEMENT: "RootCredentialsManagement",
    ROOT_SESSIONS: "RootSessions",
};
const ReportStateType = {
    COMPLETE: "COMPLETE",
    INPROGRESS: "INPROGRESS",
    STARTED: "STARTED",
};
const EntityType = {
    AWSManagedPolicy: "AWSManagedPolicy",
    Group: "Group",
    LocalManagedPolicy: "LocalManagedPolicy",
    Role: "Role",
    User: "User",
};
const SummaryKeyType = {
    AccessKeysPerUserQuota: "AccessKeysPerUserQuota",
    AccountAccessKeysPresent: "AccountAccessKeysPresent",
    AccountMFAEnabled: "AccountMFAEnabled",
    AccountPasswordPresent: "AccountPasswordPresent",
    AccountSigningCertificatesPresent: "AccountSigningCertificatesPresent",
    AssumeRolePolicySizeQuota: "AssumeRolePolicySizeQuota",
    AttachedPoliciesPerGroupQuota: "AttachedPoliciesPerGroupQuota",
    AttachedPoliciesPerRoleQuota: "AttachedPoliciesPerRoleQuota",
    AttachedPoliciesPerUserQuota: "AttachedPoliciesPerUserQuota",
    GlobalEndpointTokenVersion: "GlobalEndpointTokenVersion",
    GroupPolicySizeQuota: "GroupPolicySizeQuota",
    Groups: "Groups",
    GroupsPerUserQuota: "GroupsPerUserQuota",
    GroupsQuota: "GroupsQuota",
    InstanceProfiles: "InstanceProfiles",
    InstanceProfilesQuota: "InstanceProfilesQuota",
    MFADevices: "MFADevices",
    MFADevicesInUse: "MFADevicesInUse",
    Policies: "Policies",
    PoliciesQuota: "PoliciesQuota",
    PolicySizeQuota: "PolicySizeQuota",
    PolicyVersionsInUse: "PolicyVersionsInUse",
    PolicyVersionsInUseQuota: "PolicyVersionsInUseQuota",
    Providers: "Providers",
    RolePolicySizeQuota: "RolePolicySizeQuota",
    Roles: "Roles",
    RolesQuota: "RolesQuota",
    ServerCertificates: "ServerCertificates",
    ServerCertificatesQuota: "ServerCertificatesQuota",
    SigningCertificatesPerUserQuota: "SigningCertificatesPerUserQuota",
    UserPolicySizeQuota: "UserPolicySizeQuota",
    Users: "Users",
    UsersQuota: "UsersQuota",
    VersionsPerPolicyQuota: "VersionsPerPolicyQuota",
};
const ReportFormatType = {
    text_csv: "text/csv",
};
const StateType = {
    ACCEPTED: "ACCEPTED",
    ASSIGNED: "ASSIGNED",
    EXPIRED: "EXPIRED",
    FINALIZED: "FINALIZED",
    PENDING_APPROVAL: "PENDING_APPROVAL",
    REJECTED: "REJECTED",
    UNASSIGNED: "UNASSIGNED",
};
const PermissionCheckResultType = {
    ALLOWED: "ALLOWED",
    DENIED: "DENIED",
    UNSURE: "UNSURE",
};
const PermissionCheckStatusType = {
    COMPLETE: "COMPLETE",
    FAILED: "FAILED",
    IN_PROGRESS: "IN_PROGRESS",
};
const SummaryStateType = {
    AVAILABLE: "AVAILABLE",
    FAILED: "FAILED",
    NOT_AVAILABLE: "NOT_AVAILABLE",
    NOT_SUPPORTED: "NOT_SUPPORTED",
};
const SortKeyType = {
    LAST_AUTHENTICATED_TIME_ASCENDING: "LAST_AUTHENTICATED_TIME_ASCENDING",
    LAST_AUTHENTICATED_TIME_DESCENDING: "LAST_AUTHENTICATED_TIME_DESCENDING",
    SERVICE_NAMESPACE_ASCENDING: "SERVICE_NAMESPACE_ASCENDING",
    SERVICE_NAMESPACE_DESCENDING: "SERVICE_NAMESPACE_DESCENDING",
};
const JobStatusType = {
    COMPLETED: "COMPLETED",
    FAILED: "FAILED",
    IN_PROGRESS: "IN_PROGRESS",
};
const ManagedByTypeType = {
    Service: "Service",
};
const ParameterTypeType = {
    Arn: "Arn",
    ArnList: "ArnList",
    Number: "Number",
    NumberList: "NumberList",
    String: "String",
    StringList: "StringList",
};
const PolicyOwnerEntityType = {
    GROUP: "GROUP",
    ROLE: "ROLE",
    USER: "USER",
};
const DeletionTaskStatusType = {
    FAILED: "FAILED",
    IN_PROGRESS: "IN_PROGRESS",
    NOT_STARTED: "NOT_STARTED",
    SUCCEEDED: "SUCCEEDED",
};
const EncodingType = {
    PEM: "PEM",
    SSH: "SSH",
};
const PolicyUsageType = {
    PermissionsBoundary: "PermissionsBoundary",
    PermissionsPolicy: "PermissionsPolicy",
};
const PolicyScopeType = {
    AWS: "AWS",
    All: "All",
    Local: "Local",
};
const PolicyType = {
    INLINE: "INLINE",
    MANAGED: "MANAGED",
};
const GlobalEndpointTokenVersion = {
    v1Token: "v1Token",
    v2Token: "v2Token",
};
const ContextKeyTypeEnum = {
    BINARY: "binary",
    BINARY_LIST: "binaryList",
    BOOLEAN: "boolean",
    BOOLEAN_LIST: "booleanList",
    DATE: "date",
    DATE_LIST: "dateList",
    IP: "ip",
    IP_LIST: "ipList",
    NUMERIC: "numeric",
    NUMERIC_LIST: "numericList",
    STRING: "string",
    STRING_LIST: "stringList",
};
const PolicyEvaluationDecisionType = {
    ALLOWED: "allowed",
    EXPLICIT_DENY: "explicitDeny",
    IMPLICIT_DENY: "implicitDeny",
};
const PolicySourceType = {
    AWS_MANAGED: "aws-managed",
    GROUP: "group",
    NONE: "none",
    RESOURCE: "resource",
    ROLE: "role",
    USER: "user",
    USER_MANAGED: "user-managed",
};
const PolicyIdentifierPolicyType = {
    AWS_MANAGED: "aws-managed",
    INLINE: "inline",
    PERMISSION_BOUNDARY: "permission-boundary",
    RCP: "rcp",
    SCP: "scp",
    USER_MANAGED: "user-managed",
};

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-iam/dist-es/models/errors.js
var errors = __webpack_require__(4678);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-iam/dist-es/models/IAMServiceException.js
var IAMServiceException = __webpack_require__(1480);
;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-iam/dist-es/index.js














/***/ })

};
