"""Models of Phaseo Gateway API: pydantic v2 classes for every schema in the spec."""

from __future__ import annotations

from typing import Any, TypeAlias

from pydantic import Field

from ._base_model import BaseModel, Date, DateTime, FileInput, OpenEnum, OpenIntEnum

__all__ = [
    "ActivityEntry",
    "AnalyticsResponse",
    "AnthropicContentBlock",
    "AnthropicContentBlockSource",
    "AnthropicContentBlockType",
    "AnthropicMessage",
    "AnthropicMessageRole",
    "AnthropicMessagesRequest",
    "AnthropicMessagesRequestSystemVariant1Item",
    "AnthropicMessagesRequestSystemVariant1ItemType",
    "AnthropicMessagesResponse",
    "AnthropicMessagesResponseRole",
    "AnthropicTool",
    "AnthropicUsage",
    "ApiKey",
    "ApiKeyCreateRequest",
    "ApiKeyCreateRequestLimitReset",
    "ApiKeyLimitBucket",
    "ApiKeyLimitInputBucket",
    "ApiKeyLimitInputWindows",
    "ApiKeyLimitReset",
    "ApiKeyLimitWindows",
    "ApiKeyListResponse",
    "ApiKeyResponse",
    "ApiKeyRotateRequest",
    "ApiKeyRotateResponse",
    "ApiKeyScopeValue",
    "ApiKeyUpdateRequest",
    "ApiKeyUpdateRequestLimitReset",
    "ApiKeyUsageBucket",
    "ApiKeyUsageWindows",
    "ApiKeyWithValue",
    "ApiKeyWithValueResponse",
    "AsyncJobWebSocketClientEvent",
    "AsyncJobWebSocketClientEventType",
    "AsyncJobWebSocketServerEvent",
    "AsyncJobWebSocketServerEventDataVariant2",
    "AsyncJobWebSocketServerEventDataVariant2Kind",
    "AsyncJobWebSocketServerEventType",
    "AsyncJobWebSocketUpgradeRequiredResponse",
    "AsyncJobWebSocketUpgradeRequiredResponseError",
    "AsyncWebhookDeliveryAttempt",
    "AsyncWebhookDeliveryAttemptStatus",
    "AsyncWebhookDeliverySummary",
    "AsyncWebhookDeliverySummaryLastAttemptStatus",
    "AsyncWebhookPublicState",
    "AudioContentPart",
    "AudioContentPartInputAudio",
    "AudioContentPartInputAudioFormat",
    "AudioContentPartType",
    "AudioSpeechRequest",
    "AudioSpeechRequestFormat",
    "AudioTranscriptionRequest",
    "AudioTranscriptionRequestChunkingStrategyVariant0",
    "AudioTranscriptionRequestChunkingStrategyVariant1",
    "AudioTranscriptionRequestChunkingStrategyVariant1Type",
    "AudioTranscriptionResponse",
    "AudioTranslationRequest",
    "AudioTranslationResponse",
    "BatchBillingSummary",
    "BatchBillingSummaryState",
    "BatchRequestCounts",
    "BatchResponse",
    "BatchResponseLifecycleStatus",
    "BatchResponseUsage",
    "CacheControl",
    "CalculatePricingBody",
    "CalculatePricingResponse200",
    "ChatAudioOutputPart",
    "ChatAudioOutputPartAudioUrl",
    "ChatAudioOutputPartFormat",
    "ChatAudioOutputPartType",
    "ChatChoice",
    "ChatChoiceFinishReason",
    "ChatCompletionsRequest",
    "ChatCompletionsRequestModalitiesItem",
    "ChatCompletionsRequestProviderVariant0",
    "ChatCompletionsRequestReasoningEffort",
    "ChatCompletionsRequestResponseFormatVariant1",
    "ChatCompletionsRequestServiceTier",
    "ChatCompletionsResponse",
    "ChatImageOutputPart",
    "ChatImageOutputPartImageUrl",
    "ChatImageOutputPartType",
    "ChatMessage",
    "ChatMessageRole",
    "CreateRealtimeSessionBody",
    "CreateRealtimeSessionBodySource",
    "CreateRealtimeSessionBodyType",
    "CreditsResponse",
    "CreditsResponseCredits",
    "DataContributionCategories",
    "DataContributionClassifier",
    "DataContributionClassifierCreateRequest",
    "DataContributionClassifierCreateRequestServiceTier",
    "DataContributionClassifierDeleteResponse",
    "DataContributionClassifierDeleteResponseData",
    "DataContributionClassifierInput",
    "DataContributionClassifierInputServiceTier",
    "DataContributionClassifierKind",
    "DataContributionClassifierResponse",
    "DataContributionClassifierServiceTier",
    "DataContributionClassifierUpdateRequest",
    "DataContributionConsentRequest",
    "DataContributionConsentResponse",
    "DataContributionConsentResponseData",
    "DataContributionOverviewResponse",
    "DataContributionOverviewResponseData",
    "DataContributionOverviewResponseDataLast30Days",
    "DataModel",
    "DataModelOrganisation",
    "DebugOptions",
    "DebugOptionsTraceLevel",
    "DeletedResponse",
    "DynamicRoute",
    "DynamicRouteAction",
    "DynamicRouteCondition",
    "DynamicRouteConditionField",
    "DynamicRouteConditionOperator",
    "DynamicRouteConfig",
    "DynamicRouteConfigSchemaVersion",
    "DynamicRouteCreateRequest",
    "DynamicRouteCreateRequestStatus",
    "DynamicRouteDeleteResponse",
    "DynamicRouteDeleteResponseData",
    "DynamicRouteDeployResponse",
    "DynamicRouteDeployResponseData",
    "DynamicRouteEdge",
    "DynamicRouteKeysResponse",
    "DynamicRouteKeysResponseData",
    "DynamicRouteKeysUpdateRequest",
    "DynamicRouteListResponse",
    "DynamicRouteNode",
    "DynamicRouteNodePosition",
    "DynamicRouteNodeType",
    "DynamicRouteResponse",
    "DynamicRouteRule",
    "DynamicRouteStatus",
    "DynamicRouteUpdateRequest",
    "DynamicRouteUpdateRequestStatus",
    "DynamicRouteVersion",
    "DynamicRouteVersionStatus",
    "Embedding",
    "EmbeddingsMultimodalInput",
    "EmbeddingsMultimodalInputContentItemVariant0",
    "EmbeddingsMultimodalInputContentItemVariant0Type",
    "EmbeddingsMultimodalInputContentItemVariant1",
    "EmbeddingsMultimodalInputContentItemVariant1ImageUrlVariant1",
    "EmbeddingsMultimodalInputContentItemVariant1Type",
    "EmbeddingsMultimodalInputContentItemVariant1UrlVariant1",
    "EmbeddingsMultimodalInputContentItemVariant2",
    "EmbeddingsMultimodalInputContentItemVariant2InputAudio",
    "EmbeddingsMultimodalInputContentItemVariant2Type",
    "EmbeddingsMultimodalInputContentItemVariant3",
    "EmbeddingsMultimodalInputContentItemVariant3Type",
    "EmbeddingsMultimodalInputContentItemVariant3UrlVariant1",
    "EmbeddingsMultimodalInputContentItemVariant3VideoUrlVariant1",
    "EmbeddingsRequest",
    "EmbeddingsRequestEncodingFormat",
    "EmbeddingsRequestProviderOptions",
    "EmbeddingsRequestProviderOptionsGoogle",
    "EmbeddingsRequestProviderOptionsMistral",
    "EmbeddingsRequestProviderOptionsMistralOutputDtype",
    "EmbeddingsResponse",
    "EndpointCatalogueEntry",
    "EndpointCatalogueResponse",
    "ErrorFailureSampleItem",
    "ErrorProviderCandidateDiagnostics",
    "ErrorProviderCandidateDiagnosticsDroppedMissingAdapterItem",
    "ErrorProviderEnablementDiagnostics",
    "ErrorProviderEnablementDiagnosticsDroppedItem",
    "ErrorProviderFailureDiagnostics",
    "ErrorProviderFailureDiagnosticsCategory",
    "ErrorResponse",
    "ErrorResponseErrorOrigin",
    "ErrorResponseErrorType",
    "ErrorRoutingDiagnostics",
    "ErrorRoutingDiagnosticsFilterStagesItem",
    "ErrorRoutingDiagnosticsFilterStagesItemDroppedProvidersItem",
    "ErrorUpstreamError",
    "FileResponse",
    "FileUploadRequest",
    "FinalizeRealtimeSessionBody",
    "FinalizeRealtimeSessionBodyStatus",
    "FunctionToolDefinition",
    "FunctionToolDefinitionFunction",
    "FunctionToolDefinitionType",
    "FusionToolDefinition",
    "FusionToolDefinitionParameters",
    "FusionToolDefinitionType",
    "GatewayCapabilities",
    "GatewayCapabilityStatus",
    "GatewayDatetimeToolDefinition",
    "GatewayDatetimeToolDefinitionParameters",
    "GatewayDatetimeToolDefinitionType",
    "GatewayFeedback",
    "GatewayFeedbackCreateRequest",
    "GatewayFeedbackCreateRequestSource",
    "GatewayFeedbackListResponse",
    "GatewayFeedbackResponse",
    "GatewayFeedbackSource",
    "GatewayFeedbackSummaryResponse",
    "GatewayFeedbackSummaryResponseGroupBy",
    "GatewayFeedbackSummaryRow",
    "GatewayModalities",
    "GatewayModelLifecycle",
    "GatewayModelLifecycleStatus",
    "GatewayModelLimits",
    "GatewayModelOffer",
    "GatewayModelOfferEffective",
    "GatewayModelOfferProvider",
    "GatewayModelOfferRouting",
    "GatewayModelOfferStatus",
    "GatewayModelOrganization",
    "GatewayModelsResponse",
    "GatewayModelsResponseAvailabilityMode",
    "GatewayObservabilityEvent",
    "GatewayObservabilityEventCategory",
    "GatewayObservabilityEventCreateRequest",
    "GatewayObservabilityEventCreateRequestCategory",
    "GatewayObservabilityEventCreateRequestSource",
    "GatewayObservabilityEventListResponse",
    "GatewayObservabilityEventResponse",
    "GatewayObservabilityEventSource",
    "GatewayPricing",
    "GatewayPricingMeter",
    "GatewayPricingMeterCurrency",
    "GatewayPricingPricingPlan",
    "GatewayProviderAvailabilityReason",
    "GatewayRequestLog",
    "GatewayRequestLogListResponse",
    "GatewayRequestLogResponse",
    "GatewayRoutingStatus",
    "GatewayWebFetchToolDefinition",
    "GatewayWebFetchToolDefinitionParameters",
    "GatewayWebFetchToolDefinitionType",
    "GatewayWebSearchToolDefinition",
    "GatewayWebSearchToolDefinitionParameters",
    "GatewayWebSearchToolDefinitionType",
    "GenerationResponse",
    "GenerationResponseUsage",
    "GetGenerationResponse401",
    "GetGenerationResponse404",
    "GetHealthResponse200",
    "Guardrail",
    "GuardrailBudgetInput",
    "GuardrailCreateRequest",
    "GuardrailDeleteResponse",
    "GuardrailDetailResponse",
    "GuardrailDetailResponseData",
    "GuardrailDetailResponseDataModelRestrictionMode",
    "GuardrailDetailResponseDataPromptInjectionAction",
    "GuardrailDetailResponseDataProviderRestrictionMode",
    "GuardrailDetailResponseDataSensitiveInfoDefaultAction",
    "GuardrailKeyAddResponse",
    "GuardrailKeyAssignment",
    "GuardrailKeyIdsReplaceRequest",
    "GuardrailKeyIdsRequest",
    "GuardrailKeyListResponse",
    "GuardrailKeySetResponse",
    "GuardrailKeySetResponseData",
    "GuardrailListResponse",
    "GuardrailMemberAddResponse",
    "GuardrailMemberAssignment",
    "GuardrailMemberListResponse",
    "GuardrailModelRestrictionMode",
    "GuardrailPolicyInput",
    "GuardrailPolicyInputModelRestrictionMode",
    "GuardrailPolicyInputPromptInjectionAction",
    "GuardrailPolicyInputProviderRestrictionMode",
    "GuardrailPolicyInputSensitiveInfoDefaultAction",
    "GuardrailPromptInjectionAction",
    "GuardrailProviderRestrictionMode",
    "GuardrailRemoveResponse",
    "GuardrailResponse",
    "GuardrailSensitiveInfoDefaultAction",
    "GuardrailUpdateRequest",
    "GuardrailUserIdsRequest",
    "Image",
    "ImageConfig",
    "ImageConfigFontInputsItem",
    "ImageConfigImageSize",
    "ImageContentPart",
    "ImageContentPartImageUrl",
    "ImageContentPartType",
    "ImageModerationInput",
    "ImageModerationInputImageUrl",
    "ImageModerationInputType",
    "ImagesEditRequest",
    "ImagesEditResponse",
    "ImagesGenerationRequest",
    "ImagesGenerationResponse",
    "InvalidRequestResponse",
    "KeyInvalidateResponse",
    "KeyInvalidateResponseKey",
    "ListDataModelsFeed",
    "ListDataModelsFormat",
    "ListDataModelsResponse200",
    "ListDataModelsResponse500",
    "ListModelEndpointsAvailability",
    "ListModelsAvailability",
    "ListModelsFeed",
    "ListModelsFormat",
    "ListOrganisationsResponse200",
    "ListOrganisationsResponse200OrganisationsItem",
    "ListPricingModelsResponse200",
    "ListProvidersResponse200",
    "ListProvidersResponse500",
    "ListTeamModelsAvailability",
    "ListTeamModelsFeed",
    "ListTeamModelsFormat",
    "ManagementKeyCollectionResponse",
    "ManagementKeyRuntime",
    "ManagementKeyRuntimeCreated",
    "ManagementKeyRuntimeCreatedStatus",
    "ManagementKeyRuntimeCreateRequest",
    "ManagementKeyRuntimeCreateRequestTemplate",
    "ManagementKeyRuntimeCreateResponse",
    "ManagementKeyRuntimeDeleteResponse",
    "ManagementKeyRuntimeResponse",
    "ManagementKeyRuntimeStatus",
    "ManagementKeyRuntimeUpdateRequest",
    "ManagementKeyRuntimeUpdateRequestTemplate",
    "MessageContentPart",
    "Model",
    "ModelAvailability",
    "ModelAvailabilityStatus",
    "ModelEndpointCapability",
    "ModelEndpointCapabilityCollection",
    "ModelEndpointCapabilityEffective",
    "ModelEndpointCapabilityProvider",
    "ModelEndpointCapabilityRouting",
    "ModelEndpointCapabilityStatus",
    "ModelEndpointsResponse",
    "ModelEndpointsResponseAvailabilityMode",
    "ModelId",
    "ModelLifecycle",
    "ModelLifecycleStatus",
    "ModelVariantsValue",
    "ModerationCategories",
    "ModerationCategoryScores",
    "ModerationResult",
    "ModerationsRequest",
    "ModerationsResponse",
    "ModerationsResponseMeta",
    "MusicGenerateRequest",
    "MusicGenerateRequestElevenlabs",
    "MusicGenerateRequestFormat",
    "MusicGenerateRequestSuno",
    "MusicGenerateRequestSunoVocalGender",
    "MusicGenerateResponse",
    "MusicGenerateResponseObject",
    "MusicGenerateResponseStatus",
    "OAuthClient",
    "OAuthClientClientType",
    "OAuthClientCreateRequest",
    "OAuthClientCreateRequestClientType",
    "OAuthClientCreateResponse",
    "OAuthClientDeleteResponse",
    "OAuthClientInput",
    "OAuthClientListResponse",
    "OAuthClientListResponsePagination",
    "OAuthClientSecretResponse",
    "OAuthClientUpdateRequest",
    "ObservabilityDestination",
    "ObservabilityDestinationCreateRequest",
    "ObservabilityDestinationGroupJoin",
    "ObservabilityDestinationListResponse",
    "ObservabilityDestinationPolicyInput",
    "ObservabilityDestinationPolicyInputGroupJoin",
    "ObservabilityDestinationResponse",
    "ObservabilityDestinationType",
    "ObservabilityDestinationUpdateRequest",
    "ObservabilityKeyFilter",
    "ObservabilityKeyFilterMode",
    "ObservabilityLoggingPolicy",
    "ObservabilityLoggingPolicyBillingStatus",
    "ObservabilityLoggingPolicyResponse",
    "ObservabilityLoggingPolicyUpdateRequest",
    "ObservabilityRule",
    "ObservabilityRuleCondition",
    "ObservabilityRuleField",
    "ObservabilityRuleGroup",
    "ObservabilityRuleGroupMatch",
    "OcrRequest",
    "OcrResponse",
    "OpenAsyncJobWebSocketKind",
    "OrganisationId",
    "ParseBlock",
    "ParseBlockVariant0",
    "ParseBlockVariant0Text",
    "ParseBlockVariant0Type",
    "ParseBlockVariant1",
    "ParseBlockVariant1Type",
    "ParseBlockVariant2",
    "ParseBlockVariant2Table",
    "ParseBlockVariant2TableType",
    "ParseBlockVariant2Type",
    "ParseBoundingBox",
    "ParseImage",
    "ParseImageCategory",
    "ParsePage",
    "ParsePageVariant0",
    "ParsePageVariant0Markdown",
    "ParsePageVariant0Type",
    "ParsePageVariant1",
    "ParsePageVariant1Type",
    "ParseRequest",
    "ParseRequestDocument",
    "ParseRequestDocumentType",
    "ParseRequestOutputFormat",
    "ParseResponse",
    "ParseResponseObject",
    "Preset",
    "PresetConfig",
    "PresetCreateRequest",
    "PresetCreateResponse",
    "PresetForkRequest",
    "PresetListResponse",
    "PresetPublisher",
    "PresetPublisherResponse",
    "PresetPublisherUpdateRequest",
    "PresetResponse",
    "PresetTestRun",
    "PresetTestRunCreateRequest",
    "PresetTestRunCreateRequestStatus",
    "PresetTestRunDetailResponse",
    "PresetTestRunListResponse",
    "PresetTestRunResponse",
    "PresetTestRunStatus",
    "PresetTestRunUpdateRequest",
    "PresetTestRunUpdateRequestStatus",
    "PresetUpdateRequest",
    "PresetUpstreamApplyRequest",
    "PresetUpstreamApplyResponse",
    "PresetUpstreamApplyResponseData",
    "PresetVersion",
    "PresetVersioningMethod",
    "PresetVersionListResponse",
    "PresetVersionPublishRequest",
    "PresetVersionResponse",
    "PresetVisibility",
    "Provider",
    "ProviderCredential",
    "ProviderCredentialCreateRequest",
    "ProviderCredentialDeleteResponse",
    "ProviderCredentialListResponse",
    "ProviderCredentialReorderRequest",
    "ProviderCredentialReorderResponse",
    "ProviderCredentialResponse",
    "ProviderCredentialRoutingMode",
    "ProviderCredentialUpdateRequest",
    "ProviderOptions",
    "ProviderOptionsAnthropic",
    "ProviderOptionsGoogle",
    "ProviderOptionsOpenai",
    "ProviderOptionsOpenaiContextManagement",
    "ProviderOptionsOpenaiContextManagementType",
    "ProviderRoutingOptions",
    "ProviderRoutingOptionsDataCollection",
    "ProviderRoutingOptionsMaxPrice",
    "ReasoningConfig",
    "ReasoningConfigEffort",
    "ReasoningConfigMode",
    "ReasoningConfigSummary",
    "RerankDocument",
    "RerankRequest",
    "RerankResponse",
    "RerankResult",
    "ResponsesInputItem",
    "ResponsesInputItemRole",
    "ResponsesOutputAudioPart",
    "ResponsesOutputAudioPartAudioUrl",
    "ResponsesOutputAudioPartFormat",
    "ResponsesOutputAudioPartType",
    "ResponsesOutputContentPart",
    "ResponsesOutputImagePart",
    "ResponsesOutputImagePartImageUrl",
    "ResponsesOutputImagePartType",
    "ResponsesOutputItem",
    "ResponsesOutputTextPart",
    "ResponsesOutputTextPartType",
    "ResponsesRequest",
    "ResponsesRequestModalitiesItem",
    "ResponsesRequestServiceTier",
    "ResponsesRequestTruncation",
    "ResponsesResponse",
    "ResponsesResponseStatus",
    "SearchModelsToolDefinition",
    "SearchModelsToolDefinitionParameters",
    "SearchModelsToolDefinitionType",
    "ServerToolUsage",
    "SubagentToolDefinition",
    "SubagentToolDefinitionType",
    "SummarizeGatewayFeedbackGroupBy",
    "SupportedParameterDetails",
    "TextContentPart",
    "TextContentPartType",
    "TextGenerateTool",
    "TextModerationInput",
    "TextModerationInputType",
    "TextToolChoice",
    "TextToolChoiceVariant0",
    "ToolCall",
    "ToolCallContentPart",
    "ToolCallContentPartFunction",
    "ToolCallContentPartType",
    "ToolCallFunction",
    "ToolCallType",
    "UpdatedResponse",
    "UpdatedResponseData",
    "UploadFileProvider",
    "Usage",
    "VideoBillingSummary",
    "VideoBillingSummaryState",
    "VideoContentPart",
    "VideoContentPartType",
    "VideoGenerationResponse",
    "VideoGenerationResponseAsset",
    "VideoGenerationResponseLifecycleStatus",
    "VideoGenerationResponseOutputAccess",
    "VideoGenerationResponseStatus",
    "VideoGenerationResponseUsage",
    "VideoOutput",
    "WebhookEndpoint",
    "WebhookEndpointCreateRequest",
    "WebhookEndpointDeleteResponse",
    "WebhookEndpointDeleteResponseObject",
    "WebhookEndpointListResponse",
    "WebhookEndpointListResponseObject",
    "WebhookEndpointSecretResponse",
    "WebhookEndpointSecretResponseStatus",
    "WebhookEndpointStatus",
    "WebhookEndpointUpdateRequest",
    "WebhookEndpointUpdateRequestStatus",
    "Workspace",
    "WorkspaceActivityEntry",
    "WorkspaceActivityResponse",
    "WorkspaceApp",
    "WorkspaceAppListResponse",
    "WorkspaceAppMergeRequest",
    "WorkspaceAppMergeResponse",
    "WorkspaceAppMergeResponseData",
    "WorkspaceAppResponse",
    "WorkspaceAppUpdateRequest",
    "WorkspaceAssignableRole",
    "WorkspaceAuditEvent",
    "WorkspaceAuditEventActor",
    "WorkspaceAuditEventLimits",
    "WorkspaceAuditEventListResponse",
    "WorkspaceAuditEventMetadata",
    "WorkspaceAutoTopUpSettings",
    "WorkspaceAutoTopUpUpdate",
    "WorkspaceBudget",
    "WorkspaceBudgetDeleteResponse",
    "WorkspaceBudgetDeleteResponseData",
    "WorkspaceBudgetInput",
    "WorkspaceBudgetInterval",
    "WorkspaceBudgetListResponse",
    "WorkspaceBudgetResponse",
    "WorkspaceBudgetUpdateInput",
    "WorkspaceCreateRequest",
    "WorkspaceDepartment",
    "WorkspaceDepartmentCreateRequest",
    "WorkspaceDepartmentInput",
    "WorkspaceDepartmentInputColor",
    "WorkspaceDepartmentInputIcon",
    "WorkspaceDepartmentListResponse",
    "WorkspaceDepartmentMember",
    "WorkspaceDepartmentMemberPosition",
    "WorkspaceDepartmentMemberRequest",
    "WorkspaceDepartmentMemberRequestPosition",
    "WorkspaceDepartmentMemberResponse",
    "WorkspaceDepartmentResponse",
    "WorkspaceDepartmentSourceType",
    "WorkspaceDepartmentUpdateRequest",
    "WorkspaceDirectoryMember",
    "WorkspaceDirectoryMemberEffectiveRole",
    "WorkspaceDirectoryMemberRoleOverride",
    "WorkspaceDirectoryMemberStatus",
    "WorkspaceDirectoryMemberUpdateRequest",
    "WorkspaceDirectoryMemberUpdateRequestAccessRole",
    "WorkspaceDirectoryMemberUpdateRequestDepartmentMode",
    "WorkspaceDirectoryMemberUpdateRequestDepartmentPosition",
    "WorkspaceDirectoryResponse",
    "WorkspaceDirectoryResponseData",
    "WorkspaceGroupMapping",
    "WorkspaceGroupMappingAccessRole",
    "WorkspaceGroupMappingCreateRequest",
    "WorkspaceGroupMappingCreateRequestAccessRole",
    "WorkspaceGroupMappingCreateRequestDepartmentPosition",
    "WorkspaceGroupMappingDepartmentPosition",
    "WorkspaceGroupMappingListResponse",
    "WorkspaceGroupMappingResponse",
    "WorkspaceGroupMappingUpdateRequest",
    "WorkspaceGroupMappingUpdateRequestAccessRole",
    "WorkspaceGroupMappingUpdateRequestDepartmentPosition",
    "WorkspaceInvite",
    "WorkspaceInviteCreateRequest",
    "WorkspaceInviteCreateResponse",
    "WorkspaceInviteListResponse",
    "WorkspaceJoinRequest",
    "WorkspaceJoinRequestListResponse",
    "WorkspaceJoinRequestResponse",
    "WorkspaceJoinRequestStatus",
    "WorkspaceListResponse",
    "WorkspaceLowBalanceEmailSettings",
    "WorkspaceLowBalanceEmailUpdate",
    "WorkspaceMember",
    "WorkspaceMemberAddResponse",
    "WorkspaceMemberBulkRequest",
    "WorkspaceMemberListResponse",
    "WorkspaceMemberRemoveRequest",
    "WorkspaceMemberRemoveResponse",
    "WorkspaceMemberResponse",
    "WorkspaceMemberRoleUpdateRequest",
    "WorkspaceNotificationDestination",
    "WorkspaceNotificationDestinationCreateRequest",
    "WorkspaceNotificationDestinationListResponse",
    "WorkspaceNotificationDestinationResponse",
    "WorkspaceNotificationDestinationStatus",
    "WorkspaceNotificationDestinationTestRequest",
    "WorkspaceNotificationDestinationType",
    "WorkspaceNotificationEmailPreferences",
    "WorkspaceNotificationEmailPreferencesUpdate",
    "WorkspaceNotificationEventKind",
    "WorkspaceNotificationRoute",
    "WorkspaceNotificationRouteMap",
    "WorkspaceNotificationRouteResponse",
    "WorkspaceNotificationRoutesResponse",
    "WorkspaceNotificationRouteUpdateRequest",
    "WorkspaceNotificationSettings",
    "WorkspaceNotificationSettingsResponse",
    "WorkspaceNotificationSettingsUpdateRequest",
    "WorkspaceNotificationTestResponse",
    "WorkspaceNotificationTestResponseData",
    "WorkspaceProviderRestrictionMode",
    "WorkspaceResponse",
    "WorkspaceRole",
    "WorkspaceRoutingMode",
    "WorkspaceScimAuditResponse",
    "WorkspaceScimEndpoint",
    "WorkspaceScimEndpointResponse",
    "WorkspaceScimEvent",
    "WorkspaceScimResponse",
    "WorkspaceScimResponseData",
    "WorkspaceScimToken",
    "WorkspaceScimTokenCreateRequest",
    "WorkspaceScimTokenCreateResponse",
    "WorkspaceScimTokenCreateResponseData",
    "WorkspaceScimUpdateRequest",
    "WorkspaceSettings",
    "WorkspaceSettingsResponse",
    "WorkspaceSettingsResponseHealingMode",
    "WorkspaceSettingsUpdateRequest",
    "WorkspaceSettingsUpdateRequestResponseHealingMode",
    "WorkspaceSsoResponse",
    "WorkspaceSsoSettings",
    "WorkspaceSsoSettingsMode",
    "WorkspaceSsoUpdateRequest",
    "WorkspaceSsoUpdateRequestMode",
    "WorkspaceUpdateRequest",
]


class OrganisationId(OpenEnum):
    """Organisation identifier."""

    AI21 = "ai21"
    AION_LABS = "aion-labs"
    ALIBABA = "alibaba"
    ALLENAI = "allenai"
    AMAZON = "amazon"
    ANTHROPIC = "anthropic"
    ARCEE_AI = "arcee-ai"
    BAAI = "baai"
    BAIDU = "baidu"
    BLACK_FOREST_LABS = "black-forest-labs"
    BYTEDANCE = "bytedance"
    COHERE = "cohere"
    CROFAI = "crofai"
    CURSOR = "cursor"
    DEEPSEEK = "deepseek"
    ELEVEN_LABS = "eleven-labs"
    ESSENTIAL_AI = "essential-ai"
    GITHUB = "github"
    GOOGLE = "google"
    HEXGRAD = "hexgrad"
    IBM = "ibm"
    INCEPTION = "inception"
    INCLUSIONAI = "inclusionai"
    INFLECTION = "inflection"
    JETBRAINS = "jetbrains"
    KWAIPILOT = "kwaipilot"
    LG = "lg"
    LIGHTRICKS = "lightricks"
    LIQUID_AI = "liquid-ai"
    MEITUAN = "meituan"
    META = "meta"
    MICROSOFT = "microsoft"
    MINDAI = "mindai"
    MINIMAX = "minimax"
    MISTRAL = "mistral"
    MOONSHOTAI = "moonshotai"
    MORPH = "morph"
    NAVER_HYPERCLOVA = "naver-hyperclova"
    NEX_AGI = "nex-agi"
    NOUS = "nous"
    NVIDIA = "nvidia"
    OPENAI = "openai"
    PERPLEXITY = "perplexity"
    POE = "poe"
    POOLSIDE = "poolside"
    PRIME_INTELLECT = "prime-intellect"
    QWEN = "qwen"
    REKA = "reka"
    RELACE = "relace"
    RUNWAY = "runway"
    SAKANA = "sakana"
    SOURCEFUL = "sourceful"
    SPACEX_AI = "spacex-ai"
    STABILITY_AI = "stability-ai"
    STEALTH = "stealth"
    STEPFUN = "stepfun"
    SUNO = "suno"
    TENCENT = "tencent"
    THINKING_MACHINES = "thinking-machines"
    UPSTAGE = "upstage"
    VENICE = "venice"
    VERCEL = "vercel"
    VOYAGE = "voyage"
    WINDSURF = "windsurf"
    XIAOMI = "xiaomi"
    Z_AI = "z-ai"


class GatewayModelsResponseAvailabilityMode(OpenEnum):
    """The `availability_mode` field of `GatewayModelsResponse`."""

    ACTIVE = "active"
    ALL = "all"


class GatewayModelLifecycleStatus(OpenEnum):
    """The `status` field of `GatewayModelLifecycle`."""

    ACTIVE = "active"
    DEPRECATED = "deprecated"
    RETIRED = "retired"


class ModelAvailabilityStatus(OpenEnum):
    """The `status` field of `ModelAvailability`."""

    ACTIVE = "active"
    COMING_SOON = "coming_soon"
    INACTIVE = "inactive"
    NOT_LISTED = "not_listed"


class GatewayPricingPricingPlan(OpenEnum):
    """The `pricing_plan` field of `GatewayPricing`."""

    STANDARD = "standard"


class GatewayPricingMeterCurrency(OpenEnum):
    """The `currency` field of `GatewayPricingMeter`."""

    USD = "USD"


class GatewayModelOfferStatus(OpenEnum):
    """The `status` field of `GatewayModelOffer`."""

    ACTIVE = "active"
    COMING_SOON = "coming_soon"
    INACTIVE = "inactive"


class GatewayProviderAvailabilityReason(OpenEnum):
    """The `GatewayProviderAvailabilityReason` schema."""

    ACTIVE = "active"
    PREVIEW_ONLY = "preview_only"
    GATED = "gated"
    ACCESS_LIMITED = "access_limited"
    REGION_LIMITED = "region_limited"
    PROJECT_LIMITED = "project_limited"
    PAUSED = "paused"
    SOFT_BLOCKED = "soft_blocked"
    DERANKED_LVL1 = "deranked_lvl1"
    DERANKED_LVL2 = "deranked_lvl2"
    DERANKED_LVL3 = "deranked_lvl3"
    INTERNAL_TESTING = "internal_testing"
    SCHEDULED = "scheduled"
    COMING_SOON = "coming_soon"
    PROVIDER_DISABLED = "provider_disabled"
    MODEL_DISABLED = "model_disabled"
    CAPABILITY_DISABLED = "capability_disabled"
    PROVIDER_NOT_READY = "provider_not_ready"
    PROVIDER_INACTIVE = "provider_inactive"
    INACTIVE = "inactive"
    RETIRED = "retired"


class GatewayRoutingStatus(OpenEnum):
    """The `GatewayRoutingStatus` schema."""

    ACTIVE = "active"
    DERANKED_LVL1 = "deranked_lvl1"
    DERANKED_LVL2 = "deranked_lvl2"
    DERANKED_LVL3 = "deranked_lvl3"
    DISABLED = "disabled"


class GatewayCapabilityStatus(OpenEnum):
    """The `GatewayCapabilityStatus` schema."""

    ACTIVE = "active"
    COMING_SOON = "coming_soon"
    DERANKED_LVL1 = "deranked_lvl1"
    DERANKED_LVL2 = "deranked_lvl2"
    DERANKED_LVL3 = "deranked_lvl3"
    DISABLED = "disabled"
    INTERNAL_TESTING = "internal_testing"


class ErrorResponseErrorType(OpenEnum):
    """The `error_type` field of `ErrorResponse`."""

    USER = "user"
    SYSTEM = "system"


class ErrorResponseErrorOrigin(OpenEnum):
    """The `error_origin` field of `ErrorResponse`."""

    USER = "user"
    GATEWAY = "gateway"
    UPSTREAM = "upstream"


class ErrorProviderFailureDiagnosticsCategory(OpenEnum):
    """The `category` field of `ErrorProviderFailureDiagnostics`."""

    CREDENTIALS_NOT_CONFIGURED = "credentials_not_configured"
    CREDENTIALS_INVALID_OR_FORBIDDEN = "credentials_invalid_or_forbidden"
    PROVIDER_ACCESS_MISSING = "provider_access_missing"
    REGION_OR_PROJECT_RESTRICTION = "region_or_project_restriction"
    MODEL_UNAVAILABLE_FOR_ENDPOINT = "model_unavailable_for_endpoint"
    RATE_LIMITED = "rate_limited"
    SERVER_ERROR = "server_error"


class ModelEndpointsResponseAvailabilityMode(OpenEnum):
    """The `availability_mode` field of `ModelEndpointsResponse`."""

    ACTIVE = "active"
    ALL = "all"


class ModelEndpointCapabilityCollection(OpenEnum):
    """The `collection` field of `ModelEndpointCapability`."""

    TEXT = "text"
    IMAGES = "images"
    VIDEO = "video"
    AUDIO = "audio"
    EMBEDDINGS = "embeddings"
    RERANK = "rerank"
    MODERATION = "moderation"
    OCR = "ocr"
    MUSIC = "music"
    BATCH = "batch"
    FILES = "files"


class ModelEndpointCapabilityStatus(OpenEnum):
    """The `status` field of `ModelEndpointCapability`."""

    ACTIVE = "active"
    COMING_SOON = "coming_soon"
    INACTIVE = "inactive"


class ChatMessageRole(OpenEnum):
    """The `role` field of `ChatMessage`."""

    SYSTEM = "system"
    DEVELOPER = "developer"
    USER = "user"
    ASSISTANT = "assistant"
    TOOL = "tool"


class TextContentPartType(OpenEnum):
    """The `type` field of `TextContentPart`."""

    TEXT = "text"


class ImageContentPartType(OpenEnum):
    """The `type` field of `ImageContentPart`."""

    IMAGE_URL = "image_url"


class AudioContentPartType(OpenEnum):
    """The `type` field of `AudioContentPart`."""

    INPUT_AUDIO = "input_audio"


class AudioContentPartInputAudioFormat(OpenEnum):
    """The `format` field of `AudioContentPartInputAudio`."""

    WAV = "wav"
    MP3 = "mp3"
    FLAC = "flac"
    M4A = "m4a"
    OGG = "ogg"
    PCM16 = "pcm16"
    PCM24 = "pcm24"


class VideoContentPartType(OpenEnum):
    """The `type` field of `VideoContentPart`."""

    INPUT_VIDEO = "input_video"


class ToolCallContentPartType(OpenEnum):
    """The `type` field of `ToolCallContentPart`."""

    TOOL_CALL = "tool_call"


class ToolCallType(OpenEnum):
    """The `type` field of `ToolCall`."""

    FUNCTION = "function"


class ChatImageOutputPartType(OpenEnum):
    """The `type` field of `ChatImageOutputPart`."""

    IMAGE_URL = "image_url"


class ChatAudioOutputPartType(OpenEnum):
    """The `type` field of `ChatAudioOutputPart`."""

    AUDIO_URL = "audio_url"


class ChatAudioOutputPartFormat(OpenEnum):
    """The `format` field of `ChatAudioOutputPart`."""

    WAV = "wav"
    MP3 = "mp3"
    FLAC = "flac"
    M4A = "m4a"
    OGG = "ogg"
    PCM16 = "pcm16"
    PCM24 = "pcm24"


class ReasoningConfigEffort(OpenEnum):
    """The `effort` field of `ReasoningConfig`."""

    NONE = "none"
    MINIMAL = "minimal"
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"
    XHIGH = "xhigh"
    MAX = "max"


class ReasoningConfigMode(OpenEnum):
    """The `mode` field of `ReasoningConfig`."""

    STANDARD = "standard"
    PRO = "pro"


class ReasoningConfigSummary(OpenEnum):
    """The `summary` field of `ReasoningConfig`."""

    AUTO = "auto"
    CONCISE = "concise"
    DETAILED = "detailed"


class ChatCompletionsRequestReasoningEffort(OpenEnum):
    """OpenAI-compatible alias for `reasoning.effort`."""

    NONE = "none"
    MINIMAL = "minimal"
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"
    XHIGH = "xhigh"
    MAX = "max"


class FunctionToolDefinitionType(OpenEnum):
    """The `type` field of `FunctionToolDefinition`."""

    FUNCTION = "function"


class GatewayDatetimeToolDefinitionType(OpenEnum):
    """The `type` field of `GatewayDatetimeToolDefinition`."""

    PHASEO_DATETIME = "phaseo:datetime"
    GATEWAY_DATETIME = "gateway:datetime"


class GatewayWebSearchToolDefinitionType(OpenEnum):
    """The `type` field of `GatewayWebSearchToolDefinition`."""

    PHASEO_WEB_SEARCH = "phaseo:web_search"
    GATEWAY_WEB_SEARCH = "gateway:web_search"


class GatewayWebFetchToolDefinitionType(OpenEnum):
    """The `type` field of `GatewayWebFetchToolDefinition`."""

    PHASEO_WEB_FETCH = "phaseo:web_fetch"
    GATEWAY_WEB_FETCH = "gateway:web_fetch"


class SubagentToolDefinitionType(OpenEnum):
    """The `type` field of `SubagentToolDefinition`."""

    PHASEO_SUBAGENT = "phaseo:subagent"


class FusionToolDefinitionType(OpenEnum):
    """The `type` field of `FusionToolDefinition`."""

    PHASEO_FUSION = "phaseo:fusion"


class SearchModelsToolDefinitionType(OpenEnum):
    """The `type` field of `SearchModelsToolDefinition`."""

    PHASEO_SEARCH_MODELS = "phaseo:search_models"


class TextToolChoiceVariant0(OpenEnum):
    """The `variant0` field of `TextToolChoice`."""

    AUTO = "auto"
    NONE = "none"
    REQUIRED = "required"
    PHASEO_DATETIME = "phaseo:datetime"
    PHASEO_WEB_SEARCH = "phaseo:web_search"
    PHASEO_WEB_FETCH = "phaseo:web_fetch"
    PHASEO_SUBAGENT = "phaseo:subagent"
    PHASEO_FUSION = "phaseo:fusion"
    PHASEO_SEARCH_MODELS = "phaseo:search_models"
    GATEWAY_DATETIME = "gateway:datetime"
    GATEWAY_WEB_SEARCH = "gateway:web_search"
    GATEWAY_WEB_FETCH = "gateway:web_fetch"


class ChatCompletionsRequestModalitiesItem(OpenEnum):
    """The `modalities_item` field of `ChatCompletionsRequest`."""

    TEXT = "text"
    IMAGE = "image"
    AUDIO = "audio"


class ImageConfigImageSize(OpenEnum):
    """The `image_size` field of `ImageConfig`."""

    VALUE_0_5_K = "0.5K"
    VALUE_1_K = "1K"
    VALUE_2_K = "2K"
    VALUE_4_K = "4K"


class ChatCompletionsRequestProviderVariant0(OpenEnum):
    """The `provider_variant0` field of `ChatCompletionsRequest`."""

    OPENAI = "openai"
    ANTHROPIC = "anthropic"
    GOOGLE_AI_STUDIO = "google-ai-studio"
    GEMINI = "gemini"
    MISTRAL = "mistral"
    X_AI = "x-ai"
    XAI = "xai"
    GROQ = "groq"
    TOGETHER = "together"


class ProviderRoutingOptionsDataCollection(OpenEnum):
    """The `data_collection` field of `ProviderRoutingOptions`."""

    ALLOW = "allow"
    DENY = "deny"


class ProviderOptionsOpenaiContextManagementType(OpenEnum):
    """The `type` field of `ProviderOptionsOpenaiContextManagement`."""

    COMPACTION = "compaction"


class ChatCompletionsRequestServiceTier(OpenEnum):
    """The `service_tier` field of `ChatCompletionsRequest`."""

    STANDARD = "standard"
    FAST = "fast"
    PRIORITY = "priority"
    FLEX = "flex"
    BATCH = "batch"


class DebugOptionsTraceLevel(OpenEnum):
    """The `trace_level` field of `DebugOptions`."""

    SUMMARY = "summary"
    FULL = "full"


class ChatChoiceFinishReason(OpenEnum):
    """The `finish_reason` field of `ChatChoice`."""

    STOP = "stop"
    LENGTH = "length"
    TOOL_CALLS = "tool_calls"
    CONTENT_FILTER = "content_filter"


class ResponsesInputItemRole(OpenEnum):
    """The `role` field of `ResponsesInputItem`."""

    USER = "user"
    ASSISTANT = "assistant"
    SYSTEM = "system"
    DEVELOPER = "developer"


class ResponsesRequestServiceTier(OpenEnum):
    """The `service_tier` field of `ResponsesRequest`."""

    STANDARD = "standard"
    FAST = "fast"
    PRIORITY = "priority"
    FLEX = "flex"
    BATCH = "batch"


class ResponsesRequestTruncation(OpenEnum):
    """The `truncation` field of `ResponsesRequest`."""

    AUTO = "auto"
    DISABLED = "disabled"


class ResponsesRequestModalitiesItem(OpenEnum):
    """The `modalities_item` field of `ResponsesRequest`."""

    TEXT = "text"
    IMAGE = "image"
    AUDIO = "audio"


class ResponsesResponseStatus(OpenEnum):
    """The `status` field of `ResponsesResponse`."""

    COMPLETED = "completed"
    FAILED = "failed"
    INCOMPLETE = "incomplete"


class ResponsesOutputTextPartType(OpenEnum):
    """The `type` field of `ResponsesOutputTextPart`."""

    OUTPUT_TEXT = "output_text"


class ResponsesOutputImagePartType(OpenEnum):
    """The `type` field of `ResponsesOutputImagePart`."""

    OUTPUT_IMAGE = "output_image"


class ResponsesOutputAudioPartType(OpenEnum):
    """The `type` field of `ResponsesOutputAudioPart`."""

    OUTPUT_AUDIO = "output_audio"


class ResponsesOutputAudioPartFormat(OpenEnum):
    """The `format` field of `ResponsesOutputAudioPart`."""

    WAV = "wav"
    MP3 = "mp3"
    FLAC = "flac"
    M4A = "m4a"
    OGG = "ogg"
    PCM16 = "pcm16"
    PCM24 = "pcm24"


class AsyncJobWebSocketClientEventType(OpenEnum):
    """Send `ping` for a `pong` keepalive response, or `refresh` to force an immediate async job state refresh."""

    PING = "ping"
    REFRESH = "refresh"


class AsyncJobWebSocketServerEventType(OpenEnum):
    """The `type` field of `AsyncJobWebSocketServerEvent`."""

    JOB_SNAPSHOT = "job.snapshot"
    JOB_UPDATED = "job.updated"
    JOB_DELETED = "job.deleted"
    PONG = "pong"


class VideoGenerationResponseStatus(OpenEnum):
    """The `status` field of `VideoGenerationResponse`."""

    QUEUED = "queued"
    PROCESSING = "processing"
    COMPLETED = "completed"
    FAILED = "failed"
    CANCELLED = "cancelled"
    EXPIRED = "expired"


class VideoGenerationResponseLifecycleStatus(OpenEnum):
    """Normalized async lifecycle status for polling, websocket, and webhook consumers."""

    PENDING = "pending"
    RUNNING = "running"
    COMPLETED = "completed"
    FAILED = "failed"
    CANCELLED = "cancelled"
    EXPIRED = "expired"


class VideoGenerationResponseOutputAccess(OpenEnum):
    """The `output_access` field of `VideoGenerationResponse`."""

    BYTES = "bytes"
    SIGNED_URL = "signed_url"
    BOTH = "both"


class VideoBillingSummaryState(OpenEnum):
    """The `state` field of `VideoBillingSummary`."""

    PENDING = "pending"
    ESTIMATED = "estimated"
    SETTLED = "settled"
    VOID = "void"


class AsyncWebhookDeliverySummaryLastAttemptStatus(OpenEnum):
    """Result of the most recent delivery attempt."""

    DELIVERED = "delivered"
    SCHEDULED_RETRY = "scheduled_retry"
    FAILED_PERMANENTLY = "failed_permanently"


class AsyncWebhookDeliveryAttemptStatus(OpenEnum):
    """The `status` field of `AsyncWebhookDeliveryAttempt`."""

    DELIVERED = "delivered"
    SCHEDULED_RETRY = "scheduled_retry"
    FAILED_PERMANENTLY = "failed_permanently"


class BatchResponseLifecycleStatus(OpenEnum):
    """Normalized async lifecycle status for polling, websocket, and webhook consumers."""

    PENDING = "pending"
    RUNNING = "running"
    COMPLETED = "completed"
    FAILED = "failed"
    CANCELLED = "cancelled"
    EXPIRED = "expired"


class BatchBillingSummaryState(OpenEnum):
    """The `state` field of `BatchBillingSummary`."""

    PENDING = "pending"
    ESTIMATED = "estimated"
    SETTLED = "settled"
    VOID = "void"


class AsyncJobWebSocketServerEventDataVariant2Kind(OpenEnum):
    """The `kind` field of `AsyncJobWebSocketServerEventDataVariant2`."""

    BATCH = "batch"
    VIDEO = "video"


class AnthropicMessagesRequestSystemVariant1ItemType(OpenEnum):
    """The `type` field of `AnthropicMessagesRequestSystemVariant1Item`."""

    TEXT = "text"


class AnthropicMessageRole(OpenEnum):
    """The `role` field of `AnthropicMessage`."""

    USER = "user"
    ASSISTANT = "assistant"


class AnthropicContentBlockType(OpenEnum):
    """The `type` field of `AnthropicContentBlock`."""

    TEXT = "text"
    IMAGE = "image"
    TOOL_USE = "tool_use"
    TOOL_RESULT = "tool_result"


class AnthropicMessagesResponseRole(OpenEnum):
    """The `role` field of `AnthropicMessagesResponse`."""

    ASSISTANT = "assistant"


class EmbeddingsMultimodalInputContentItemVariant0Type(OpenEnum):
    """The `type` field of `EmbeddingsMultimodalInputContentItemVariant0`."""

    TEXT = "text"
    INPUT_TEXT = "input_text"


class EmbeddingsMultimodalInputContentItemVariant1Type(OpenEnum):
    """The `type` field of `EmbeddingsMultimodalInputContentItemVariant1`."""

    IMAGE_URL = "image_url"
    INPUT_IMAGE = "input_image"
    IMAGE = "image"


class EmbeddingsMultimodalInputContentItemVariant2Type(OpenEnum):
    """The `type` field of `EmbeddingsMultimodalInputContentItemVariant2`."""

    INPUT_AUDIO = "input_audio"


class EmbeddingsMultimodalInputContentItemVariant3Type(OpenEnum):
    """The `type` field of `EmbeddingsMultimodalInputContentItemVariant3`."""

    INPUT_VIDEO = "input_video"
    VIDEO_URL = "video_url"


class EmbeddingsRequestEncodingFormat(OpenEnum):
    """The `encoding_format` field of `EmbeddingsRequest`."""

    FLOAT = "float"
    BASE64 = "base64"


class EmbeddingsRequestProviderOptionsMistralOutputDtype(OpenEnum):
    """The `output_dtype` field of `EmbeddingsRequestProviderOptionsMistral`."""

    FLOAT = "float"
    INT8 = "int8"
    UINT8 = "uint8"
    BINARY = "binary"
    UBINARY = "ubinary"


class TextModerationInputType(OpenEnum):
    """The `type` field of `TextModerationInput`."""

    TEXT = "text"


class ImageModerationInputType(OpenEnum):
    """The `type` field of `ImageModerationInput`."""

    IMAGE_URL = "image_url"


class AudioSpeechRequestFormat(OpenEnum):
    """The `format` field of `AudioSpeechRequest`."""

    MP3 = "mp3"
    WAV = "wav"
    OGG = "ogg"
    AAC = "aac"


class AudioTranscriptionRequestChunkingStrategyVariant0(OpenEnum):
    """The `chunking_strategy_variant0` field of `AudioTranscriptionRequest`."""

    AUTO = "auto"


class AudioTranscriptionRequestChunkingStrategyVariant1Type(OpenEnum):
    """The `type` field of `AudioTranscriptionRequestChunkingStrategyVariant1`."""

    SERVER_VAD = "server_vad"


class ParseRequestDocumentType(OpenEnum):
    """The `type` field of `ParseRequestDocument`."""

    IMAGE_URL = "image_url"


class ParseRequestOutputFormat(OpenEnum):
    """The `output_format` field of `ParseRequest`."""

    MARKDOWN = "markdown"
    BLOCKS = "blocks"


class ParseResponseObject(OpenEnum):
    """The `object` field of `ParseResponse`."""

    PARSE = "parse"


class ParsePageVariant0Type(OpenEnum):
    """The `type` field of `ParsePageVariant0`."""

    MARKDOWN = "markdown"


class ParseImageCategory(OpenEnum):
    """The `category` field of `ParseImage`."""

    OTHER = "other"
    FLOWCHART = "flowchart"
    LOGO = "logo"
    SIGNATURE = "signature"


class ParsePageVariant1Type(OpenEnum):
    """The `type` field of `ParsePageVariant1`."""

    BLOCKS = "blocks"


class ParseBlockVariant0Type(OpenEnum):
    """The `type` field of `ParseBlockVariant0`."""

    TEXT = "text"


class ParseBlockVariant1Type(OpenEnum):
    """The `type` field of `ParseBlockVariant1`."""

    IMAGE = "image"


class ParseBlockVariant2Type(OpenEnum):
    """The `type` field of `ParseBlockVariant2`."""

    TABLE = "table"


class ParseBlockVariant2TableType(OpenEnum):
    """The `type` field of `ParseBlockVariant2Table`."""

    HTML = "html"


class MusicGenerateRequestFormat(OpenEnum):
    """The `format` field of `MusicGenerateRequest`."""

    MP3 = "mp3"
    WAV = "wav"
    OGG = "ogg"
    AAC = "aac"


class MusicGenerateRequestSunoVocalGender(OpenEnum):
    """The `vocalGender` field of `MusicGenerateRequestSuno`."""

    M = "m"
    F = "f"


class MusicGenerateResponseObject(OpenEnum):
    """The `object` field of `MusicGenerateResponse`."""

    MUSIC = "music"


class MusicGenerateResponseStatus(OpenEnum):
    """The `status` field of `MusicGenerateResponse`."""

    QUEUED = "queued"
    IN_PROGRESS = "in_progress"
    COMPLETED = "completed"
    FAILED = "failed"


class ApiKeyLimitReset(OpenEnum):
    """The `limit_reset` field of `ApiKey`."""

    DAILY = "daily"
    WEEKLY = "weekly"
    MONTHLY = "monthly"


class ApiKeyCreateRequestLimitReset(OpenEnum):
    """Period used for the spend limit window."""

    DAILY = "daily"
    WEEKLY = "weekly"
    MONTHLY = "monthly"


class ApiKeyUpdateRequestLimitReset(OpenEnum):
    """Period used for the spend limit window."""

    DAILY = "daily"
    WEEKLY = "weekly"
    MONTHLY = "monthly"


class WorkspaceSsoSettingsMode(OpenEnum):
    """The `mode` field of `WorkspaceSsoSettings`."""

    NONE = "none"
    SAML = "saml"
    CUSTOM_OIDC = "custom_oidc"


class WorkspaceSsoUpdateRequestMode(OpenEnum):
    """The `mode` field of `WorkspaceSsoUpdateRequest`."""

    NONE = "none"
    SAML = "saml"
    CUSTOM_OIDC = "custom_oidc"


class WorkspaceDepartmentSourceType(OpenEnum):
    """The `source_type` field of `WorkspaceDepartment`."""

    MANUAL = "manual"
    SCIM_GROUP = "scim_group"


class WorkspaceDirectoryMemberEffectiveRole(OpenEnum):
    """The `effective_role` field of `WorkspaceDirectoryMember`."""

    OWNER = "owner"
    ADMIN = "admin"
    MEMBER = "member"


class WorkspaceDirectoryMemberRoleOverride(OpenEnum):
    """The `role_override` field of `WorkspaceDirectoryMember`."""

    ADMIN = "admin"
    MEMBER = "member"


class WorkspaceDirectoryMemberStatus(OpenEnum):
    """The `status` field of `WorkspaceDirectoryMember`."""

    ACTIVE = "active"
    SUSPENDED = "suspended"


class WorkspaceDirectoryMemberUpdateRequestAccessRole(OpenEnum):
    """The `access_role` field of `WorkspaceDirectoryMemberUpdateRequest`."""

    DIRECTORY = "directory"
    ADMIN = "admin"
    MEMBER = "member"


class WorkspaceDirectoryMemberUpdateRequestDepartmentMode(OpenEnum):
    """The `department_mode` field of `WorkspaceDirectoryMemberUpdateRequest`."""

    DIRECTORY = "directory"
    DEPARTMENT = "department"
    NONE = "none"


class WorkspaceDirectoryMemberUpdateRequestDepartmentPosition(OpenEnum):
    """The `department_position` field of `WorkspaceDirectoryMemberUpdateRequest`."""

    MEMBER = "member"
    LEAD = "lead"


class WorkspaceDepartmentInputIcon(OpenEnum):
    """The `icon` field of `WorkspaceDepartmentInput`."""

    USERS = "users"
    BRIEFCASE = "briefcase"
    MEGAPHONE = "megaphone"
    CODE = "code"
    PALETTE = "palette"
    HEADPHONES = "headphones"
    LANDMARK = "landmark"
    SCALE = "scale"
    HEART_PULSE = "heart-pulse"
    GLOBE = "globe"
    FLASK = "flask"
    GRADUATION_CAP = "graduation-cap"
    SHIELD_CHECK = "shield-check"
    SHOPPING_BAG = "shopping-bag"
    WRENCH = "wrench"
    TRUCK = "truck"
    HANDSHAKE = "handshake"
    CHART = "chart"


class WorkspaceDepartmentInputColor(OpenEnum):
    """The `color` field of `WorkspaceDepartmentInput`."""

    BLUE = "blue"
    EMERALD = "emerald"
    AMBER = "amber"
    ROSE = "rose"
    VIOLET = "violet"
    SLATE = "slate"
    CYAN = "cyan"
    TEAL = "teal"
    LIME = "lime"
    YELLOW = "yellow"
    ORANGE = "orange"
    RED = "red"
    PINK = "pink"
    FUCHSIA = "fuchsia"
    INDIGO = "indigo"
    SKY = "sky"
    GREEN = "green"
    PURPLE = "purple"


class WorkspaceDepartmentMemberRequestPosition(OpenEnum):
    """The `position` field of `WorkspaceDepartmentMemberRequest`."""

    MEMBER = "member"
    LEAD = "lead"


class WorkspaceDepartmentMemberPosition(OpenEnum):
    """The `position` field of `WorkspaceDepartmentMember`."""

    MEMBER = "member"
    LEAD = "lead"


class WorkspaceGroupMappingAccessRole(OpenEnum):
    """The `access_role` field of `WorkspaceGroupMapping`."""

    MEMBER = "member"
    ADMIN = "admin"


class WorkspaceGroupMappingDepartmentPosition(OpenEnum):
    """The `department_position` field of `WorkspaceGroupMapping`."""

    MEMBER = "member"
    LEAD = "lead"


class WorkspaceGroupMappingCreateRequestAccessRole(OpenEnum):
    """The `access_role` field of `WorkspaceGroupMappingCreateRequest`."""

    MEMBER = "member"
    ADMIN = "admin"


class WorkspaceGroupMappingCreateRequestDepartmentPosition(OpenEnum):
    """The `department_position` field of `WorkspaceGroupMappingCreateRequest`."""

    MEMBER = "member"
    LEAD = "lead"


class WorkspaceGroupMappingUpdateRequestAccessRole(OpenEnum):
    """The `access_role` field of `WorkspaceGroupMappingUpdateRequest`."""

    MEMBER = "member"
    ADMIN = "admin"


class WorkspaceGroupMappingUpdateRequestDepartmentPosition(OpenEnum):
    """The `department_position` field of `WorkspaceGroupMappingUpdateRequest`."""

    MEMBER = "member"
    LEAD = "lead"


class GatewayFeedbackSource(OpenEnum):
    """The `source` field of `GatewayFeedback`."""

    API = "api"
    USER = "user"
    SYSTEM = "system"
    IMPORT = "import"
    TEST = "test"


class GatewayFeedbackCreateRequestSource(OpenEnum):
    """The `source` field of `GatewayFeedbackCreateRequest`."""

    API = "api"
    USER = "user"
    SYSTEM = "system"
    IMPORT = "import"
    TEST = "test"


class GatewayFeedbackSummaryResponseGroupBy(OpenEnum):
    """The `group_by` field of `GatewayFeedbackSummaryResponse`."""

    PRESET_ID = "preset_id"
    TEST_RUN_ID = "test_run_id"
    METADATA = "metadata"


class GatewayObservabilityEventCategory(OpenEnum):
    """The `category` field of `GatewayObservabilityEvent`."""

    FEEDBACK = "feedback"
    BEHAVIOR = "behavior"
    OUTCOME = "outcome"
    APP = "app"
    TEST = "test"
    CUSTOM = "custom"


class GatewayObservabilityEventSource(OpenEnum):
    """The `source` field of `GatewayObservabilityEvent`."""

    API = "api"
    USER = "user"
    SYSTEM = "system"
    IMPORT = "import"
    TEST = "test"


class GatewayObservabilityEventCreateRequestCategory(OpenEnum):
    """The `category` field of `GatewayObservabilityEventCreateRequest`."""

    FEEDBACK = "feedback"
    BEHAVIOR = "behavior"
    OUTCOME = "outcome"
    APP = "app"
    TEST = "test"
    CUSTOM = "custom"


class GatewayObservabilityEventCreateRequestSource(OpenEnum):
    """The `source` field of `GatewayObservabilityEventCreateRequest`."""

    API = "api"
    USER = "user"
    SYSTEM = "system"
    IMPORT = "import"
    TEST = "test"


class PresetTestRunStatus(OpenEnum):
    """The `status` field of `PresetTestRun`."""

    PENDING = "pending"
    RUNNING = "running"
    COMPLETED = "completed"
    FAILED = "failed"
    CANCELLED = "cancelled"


class PresetTestRunCreateRequestStatus(OpenEnum):
    """The `status` field of `PresetTestRunCreateRequest`."""

    PENDING = "pending"
    RUNNING = "running"
    COMPLETED = "completed"
    FAILED = "failed"
    CANCELLED = "cancelled"


class PresetTestRunUpdateRequestStatus(OpenEnum):
    """The `status` field of `PresetTestRunUpdateRequest`."""

    PENDING = "pending"
    RUNNING = "running"
    COMPLETED = "completed"
    FAILED = "failed"
    CANCELLED = "cancelled"


class ProviderCredentialRoutingMode(OpenEnum):
    """The `ProviderCredentialRoutingMode` schema."""

    PRIORITY = "priority"
    FALLBACK = "fallback"


class WorkspaceBudgetInterval(OpenEnum):
    """The `WorkspaceBudgetInterval` schema."""

    DAILY = "daily"
    WEEKLY = "weekly"
    MONTHLY = "monthly"
    LIFETIME = "lifetime"


class WorkspaceNotificationDestinationType(OpenEnum):
    """The `WorkspaceNotificationDestinationType` schema."""

    EMAIL = "email"
    DISCORD = "discord"
    DISCORD_WEBHOOK = "discord_webhook"
    SLACK = "slack"
    MICROSOFT_TEAMS = "microsoft_teams"
    CUSTOM_WEBHOOK = "custom_webhook"


class WorkspaceNotificationDestinationStatus(OpenEnum):
    """The `status` field of `WorkspaceNotificationDestination`."""

    ACTIVE = "active"
    DISABLED = "disabled"


class WorkspaceNotificationEventKind(OpenEnum):
    """The `WorkspaceNotificationEventKind` schema."""

    LOW_BALANCE = "low_balance"
    AUTO_TOP_UP_FAILED = "auto_top_up_failed"
    PAYMENT_METHOD_EXPIRING = "payment_method_expiring"
    MODEL_DEPRECATION = "model_deprecation"


class DataContributionClassifierKind(OpenEnum):
    """The `kind` field of `DataContributionClassifier`."""

    STARTER = "starter"
    CUSTOM = "custom"


class DataContributionClassifierServiceTier(OpenEnum):
    """The `service_tier` field of `DataContributionClassifier`."""

    STANDARD = "standard"
    FLEX = "flex"


class DataContributionClassifierCreateRequestServiceTier(OpenEnum):
    """The `serviceTier` field of `DataContributionClassifierCreateRequest`."""

    STANDARD = "standard"
    FLEX = "flex"


class DataContributionClassifierInputServiceTier(OpenEnum):
    """The `serviceTier` field of `DataContributionClassifierInput`."""

    STANDARD = "standard"
    FLEX = "flex"


class OAuthClientClientType(OpenEnum):
    """The `client_type` field of `OAuthClient`."""

    PUBLIC = "public"
    CONFIDENTIAL = "confidential"


class OAuthClientCreateRequestClientType(OpenEnum):
    """The `client_type` field of `OAuthClientCreateRequest`."""

    PUBLIC = "public"
    CONFIDENTIAL = "confidential"


class WebhookEndpointListResponseObject(OpenEnum):
    """The `object` field of `WebhookEndpointListResponse`."""

    LIST = "list"


class WebhookEndpointStatus(OpenEnum):
    """The `status` field of `WebhookEndpoint`."""

    ACTIVE = "active"
    DISABLED = "disabled"
    DELETED = "deleted"


class WebhookEndpointSecretResponseStatus(OpenEnum):
    """The `status` field of `WebhookEndpointSecretResponse`."""

    ACTIVE = "active"
    DISABLED = "disabled"
    DELETED = "deleted"


class WebhookEndpointUpdateRequestStatus(OpenEnum):
    """The `status` field of `WebhookEndpointUpdateRequest`."""

    ACTIVE = "active"
    DISABLED = "disabled"


class WebhookEndpointDeleteResponseObject(OpenEnum):
    """The `object` field of `WebhookEndpointDeleteResponse`."""

    WEBHOOK_ENDPOINT = "webhook_endpoint"


class GuardrailProviderRestrictionMode(OpenEnum):
    """The `provider_restriction_mode` field of `Guardrail`."""

    NONE = "none"
    ALLOWLIST = "allowlist"
    BLOCKLIST = "blocklist"


class GuardrailModelRestrictionMode(OpenEnum):
    """The `model_restriction_mode` field of `Guardrail`."""

    NONE = "none"
    ALLOWLIST = "allowlist"
    BLOCKLIST = "blocklist"


class GuardrailPromptInjectionAction(OpenEnum):
    """The `prompt_injection_action` field of `Guardrail`."""

    FLAG = "flag"
    BLOCK = "block"


class GuardrailSensitiveInfoDefaultAction(OpenEnum):
    """The `sensitive_info_default_action` field of `Guardrail`."""

    FLAG = "flag"
    REDACT = "redact"
    BLOCK = "block"


class GuardrailPolicyInputProviderRestrictionMode(OpenEnum):
    """The `providerRestrictionMode` field of `GuardrailPolicyInput`."""

    NONE = "none"
    ALLOWLIST = "allowlist"
    BLOCKLIST = "blocklist"


class GuardrailPolicyInputModelRestrictionMode(OpenEnum):
    """The `modelRestrictionMode` field of `GuardrailPolicyInput`."""

    NONE = "none"
    ALLOWLIST = "allowlist"
    BLOCKLIST = "blocklist"


class GuardrailPolicyInputPromptInjectionAction(OpenEnum):
    """The `promptInjectionAction` field of `GuardrailPolicyInput`."""

    FLAG = "flag"
    BLOCK = "block"


class GuardrailPolicyInputSensitiveInfoDefaultAction(OpenEnum):
    """The `sensitiveInfoDefaultAction` field of `GuardrailPolicyInput`."""

    FLAG = "flag"
    REDACT = "redact"
    BLOCK = "block"


class GuardrailDetailResponseDataProviderRestrictionMode(OpenEnum):
    """The `provider_restriction_mode` field of `GuardrailDetailResponseData`."""

    NONE = "none"
    ALLOWLIST = "allowlist"
    BLOCKLIST = "blocklist"


class GuardrailDetailResponseDataModelRestrictionMode(OpenEnum):
    """The `model_restriction_mode` field of `GuardrailDetailResponseData`."""

    NONE = "none"
    ALLOWLIST = "allowlist"
    BLOCKLIST = "blocklist"


class GuardrailDetailResponseDataPromptInjectionAction(OpenEnum):
    """The `prompt_injection_action` field of `GuardrailDetailResponseData`."""

    FLAG = "flag"
    BLOCK = "block"


class GuardrailDetailResponseDataSensitiveInfoDefaultAction(OpenEnum):
    """The `sensitive_info_default_action` field of `GuardrailDetailResponseData`."""

    FLAG = "flag"
    REDACT = "redact"
    BLOCK = "block"


class ManagementKeyRuntimeStatus(OpenEnum):
    """The `status` field of `ManagementKeyRuntime`."""

    ACTIVE = "active"
    PAUSED = "paused"


class ManagementKeyRuntimeCreateRequestTemplate(OpenEnum):
    """The `template` field of `ManagementKeyRuntimeCreateRequest`."""

    READ_ONLY = "read-only"
    READ_WRITE = "read-write"
    FULL_CONTROL = "full-control"


class ManagementKeyRuntimeCreatedStatus(OpenEnum):
    """The `status` field of `ManagementKeyRuntimeCreated`."""

    ACTIVE = "active"
    PAUSED = "paused"


class ManagementKeyRuntimeUpdateRequestTemplate(OpenEnum):
    """The `template` field of `ManagementKeyRuntimeUpdateRequest`."""

    READ_ONLY = "read-only"
    READ_WRITE = "read-write"
    FULL_CONTROL = "full-control"


class WorkspaceRole(OpenEnum):
    """The `WorkspaceRole` schema."""

    OWNER = "owner"
    ADMIN = "admin"
    MEMBER = "member"


class WorkspaceAssignableRole(OpenEnum):
    """The `WorkspaceAssignableRole` schema."""

    ADMIN = "admin"
    MEMBER = "member"


class WorkspaceJoinRequestStatus(OpenEnum):
    """The `WorkspaceJoinRequestStatus` schema."""

    PENDING = "pending"
    APPROVED = "approved"
    DENIED = "denied"


class ObservabilityLoggingPolicyBillingStatus(OpenEnum):
    """The `billing_status` field of `ObservabilityLoggingPolicy`."""

    ACTIVE = "active"
    GRACE = "grace"
    SUSPENDED = "suspended"


class ObservabilityDestinationType(OpenEnum):
    """The `ObservabilityDestinationType` schema."""

    OTEL_COLLECTOR = "otel_collector"
    WEBHOOK = "webhook"


class ObservabilityDestinationGroupJoin(OpenEnum):
    """The `group_join` field of `ObservabilityDestination`."""

    AND = "and"
    OR = "or"


class ObservabilityKeyFilterMode(OpenEnum):
    """The `mode` field of `ObservabilityKeyFilter`."""

    INCLUDE = "include"
    EXCLUDE = "exclude"


class ObservabilityRuleGroupMatch(OpenEnum):
    """The `match` field of `ObservabilityRuleGroup`."""

    AND = "and"
    OR = "or"


class ObservabilityRuleField(OpenEnum):
    """The `field` field of `ObservabilityRule`."""

    MODEL = "model"
    PROVIDER = "provider"
    SESSION_ID = "session_id"
    USER_ID = "user_id"
    API_KEY_NAME = "api_key_name"
    FINISH_REASON = "finish_reason"
    INPUT = "input"
    OUTPUT = "output"
    TOKEN_COST = "token_cost"
    TOTAL_COST = "total_cost"
    TOTAL_TOKENS = "total_tokens"
    PROMPT_TOKENS = "prompt_tokens"
    COMPLETION_TOKENS = "completion_tokens"


class ObservabilityRuleCondition(OpenEnum):
    """The `condition` field of `ObservabilityRule`."""

    EQUALS = "equals"
    NOT_EQUALS = "not_equals"
    CONTAINS = "contains"
    NOT_CONTAINS = "not_contains"
    STARTS_WITH = "starts_with"
    ENDS_WITH = "ends_with"
    EXISTS = "exists"
    NOT_EXISTS = "not_exists"
    MATCHES_REGEX = "matches_regex"


class ObservabilityDestinationPolicyInputGroupJoin(OpenEnum):
    """The `group_join` field of `ObservabilityDestinationPolicyInput`."""

    AND = "and"
    OR = "or"


class ModelLifecycleStatus(OpenEnum):
    """The `status` field of `ModelLifecycle`."""

    ACTIVE = "active"
    DEPRECATED = "deprecated"
    RETIRED = "retired"


class PresetVisibility(OpenEnum):
    """The `PresetVisibility` schema."""

    PRIVATE = "private"
    TEAM = "team"
    PUBLIC = "public"


class PresetVersioningMethod(OpenEnum):
    """The `PresetVersioningMethod` schema."""

    SEQUENTIAL = "sequential"
    SEMVER = "semver"
    DATE = "date"


class WorkspaceRoutingMode(OpenEnum):
    """The `WorkspaceRoutingMode` schema."""

    BALANCED = "balanced"
    PRICE = "price"
    LATENCY = "latency"
    THROUGHPUT = "throughput"


class WorkspaceSettingsResponseHealingMode(OpenEnum):
    """The `response_healing_mode` field of `WorkspaceSettings`."""

    SAFE = "safe"
    STRICT = "strict"


class WorkspaceProviderRestrictionMode(OpenEnum):
    """The `WorkspaceProviderRestrictionMode` schema."""

    NONE = "none"
    ALLOWLIST = "allowlist"
    BLOCKLIST = "blocklist"


class WorkspaceSettingsUpdateRequestResponseHealingMode(OpenEnum):
    """The `response_healing_mode` field of `WorkspaceSettingsUpdateRequest`."""

    SAFE = "safe"
    STRICT = "strict"


class DynamicRouteStatus(OpenEnum):
    """The `status` field of `DynamicRoute`."""

    ACTIVE = "active"
    PAUSED = "paused"


class DynamicRouteConfigSchemaVersion(OpenIntEnum):
    """The `schemaVersion` field of `DynamicRouteConfig`."""

    VALUE_2 = 2


class DynamicRouteNodeType(OpenEnum):
    """The `type` field of `DynamicRouteNode`."""

    START = "start"
    CONDITION = "condition"
    PERCENTAGE = "percentage"
    MODEL = "model"
    RATE_LIMIT = "rate_limit"
    BUDGET_LIMIT = "budget_limit"
    END = "end"


class DynamicRouteConditionField(OpenEnum):
    """The `field` field of `DynamicRouteCondition`."""

    ALWAYS = "always"
    ENDPOINT = "endpoint"
    MODEL = "model"
    SESSION_ID = "session_id"
    METADATA = "metadata"


class DynamicRouteConditionOperator(OpenEnum):
    """The `operator` field of `DynamicRouteCondition`."""

    EQUALS = "equals"
    NOT_EQUALS = "not_equals"
    CONTAINS = "contains"
    STARTS_WITH = "starts_with"
    EXISTS = "exists"


class DynamicRouteVersionStatus(OpenEnum):
    """The `status` field of `DynamicRouteVersion`."""

    DRAFT = "draft"
    DEPLOYED = "deployed"
    SUPERSEDED = "superseded"


class DynamicRouteCreateRequestStatus(OpenEnum):
    """The `status` field of `DynamicRouteCreateRequest`."""

    ACTIVE = "active"
    PAUSED = "paused"


class DynamicRouteUpdateRequestStatus(OpenEnum):
    """The `status` field of `DynamicRouteUpdateRequest`."""

    ACTIVE = "active"
    PAUSED = "paused"


class ListModelsAvailability(OpenEnum):
    """The `availability` schema of the `list_models` operation."""

    ACTIVE = "active"
    ALL = "all"


class ListModelsFormat(OpenEnum):
    """The `format` schema of the `list_models` operation."""

    JSON = "json"
    RSS = "rss"
    ATOM = "atom"


class ListModelsFeed(OpenEnum):
    """The `feed` schema of the `list_models` operation."""

    JSON = "json"
    RSS = "rss"
    ATOM = "atom"


class ListModelEndpointsAvailability(OpenEnum):
    """The `availability` schema of the `list_model_endpoints` operation."""

    ACTIVE = "active"
    ALL = "all"


class ListTeamModelsAvailability(OpenEnum):
    """The `availability` schema of the `list_team_models` operation."""

    ACTIVE = "active"
    ALL = "all"


class ListTeamModelsFormat(OpenEnum):
    """The `format` schema of the `list_team_models` operation."""

    JSON = "json"
    RSS = "rss"
    ATOM = "atom"


class ListTeamModelsFeed(OpenEnum):
    """The `feed` schema of the `list_team_models` operation."""

    JSON = "json"
    RSS = "rss"
    ATOM = "atom"


class OpenAsyncJobWebSocketKind(OpenEnum):
    """The `kind` schema of the `open_async_job_web_socket` operation."""

    BATCH = "batch"
    VIDEO = "video"


class CreateRealtimeSessionBodyType(OpenEnum):
    """The `type` field of `CreateRealtimeSessionBody`."""

    REALTIME = "realtime"


class CreateRealtimeSessionBodySource(OpenEnum):
    """The `source` field of `CreateRealtimeSessionBody`."""

    API = "api"
    CHAT = "chat"


class FinalizeRealtimeSessionBodyStatus(OpenEnum):
    """The `status` field of `FinalizeRealtimeSessionBody`."""

    COMPLETED = "completed"
    FAILED = "failed"
    CANCELLED = "cancelled"
    EXPIRED = "expired"


class UploadFileProvider(OpenEnum):
    """The `provider` schema of the `upload_file` operation."""

    OPENAI = "openai"
    GROQ = "groq"
    TOGETHER = "together"
    MISTRAL = "mistral"


class SummarizeGatewayFeedbackGroupBy(OpenEnum):
    """The `group_by` schema of the `summarize_gateway_feedback` operation."""

    PRESET = "preset"
    PRESET_ID = "preset_id"
    TEST_RUN = "test_run"
    TEST_RUN_ID = "test_run_id"
    METADATA = "metadata"


class ListDataModelsFormat(OpenEnum):
    """The `format` schema of the `list_data_models` operation."""

    JSON = "json"
    RSS = "rss"
    ATOM = "atom"


class ListDataModelsFeed(OpenEnum):
    """The `feed` schema of the `list_data_models` operation."""

    JSON = "json"
    RSS = "rss"
    ATOM = "atom"


class ModelVariantsValue(BaseModel):
    """The `variants_value` field of `Model`."""

    field_model_id: str = Field(alias="model_id")
    name: str


class GatewayModelOrganization(BaseModel):
    """The `GatewayModelOrganization` schema."""

    id: str
    name: str | None
    color: str | None


class GatewayModelLifecycle(BaseModel):
    """The `GatewayModelLifecycle` schema."""

    status: GatewayModelLifecycleStatus | None
    released_at: str | None
    deprecated_at: str | None
    retires_at: str | None
    replacement_id: str | None
    message: str | None


class GatewayModalities(BaseModel):
    """The `GatewayModalities` schema."""

    input: list[str]
    output: list[str]


class GatewayModelLimits(BaseModel):
    """The `GatewayModelLimits` schema."""

    input_tokens: int | None
    output_tokens: int | None


class GatewayCapabilities(BaseModel):
    """The `GatewayCapabilities` schema.

    Attributes:
        parameter_details: Structured constraints and provider support for request parameters, keyed by parameter name.
    """

    endpoints: list[str] | None = None
    parameters: list[str]
    parameter_details: SupportedParameterDetails


class ModelAvailability(BaseModel):
    """The `ModelAvailability` schema."""

    status: ModelAvailabilityStatus
    provider_count: int
    active_provider_count: int
    coming_soon_provider_count: int
    inactive_provider_count: int


class GatewayPricingMeter(BaseModel):
    """The `GatewayPricingMeter` schema."""

    provider_id: str
    unit: str
    unit_size: int | float
    price_per_unit: str
    currency: GatewayPricingMeterCurrency


class GatewayPricing(BaseModel):
    """The `GatewayPricing` schema."""

    pricing_plan: GatewayPricingPricingPlan
    meters: dict[str, GatewayPricingMeter | None]


class GatewayModelOfferProvider(BaseModel):
    """The `provider` field of `GatewayModelOffer`."""

    id: str
    name: str | None


class GatewayModelOfferRouting(BaseModel):
    """The `routing` field of `GatewayModelOffer`."""

    provider: GatewayRoutingStatus
    model: GatewayRoutingStatus
    capability: GatewayCapabilityStatus


class GatewayModelOfferEffective(BaseModel):
    """The `effective` field of `GatewayModelOffer`."""

    from_: str | None = Field(alias="from")
    to: str | None


class GatewayModelOffer(BaseModel):
    """The `GatewayModelOffer` schema."""

    provider: GatewayModelOfferProvider
    model: str | None
    status: GatewayModelOfferStatus
    status_reason: GatewayProviderAvailabilityReason
    routable: bool
    endpoints: list[str]
    modalities: GatewayModalities
    capabilities: GatewayCapabilities
    routing: GatewayModelOfferRouting
    effective: GatewayModelOfferEffective
    pricing: GatewayPricing


class Model(BaseModel):
    """The `Model` schema."""

    id: str
    base_model_id: str
    variant: str
    variants: dict[str, ModelVariantsValue]
    name: str
    description: str
    organization: GatewayModelOrganization | None
    aliases: list[str]
    lifecycle: GatewayModelLifecycle
    modalities: GatewayModalities
    limits: GatewayModelLimits
    capabilities: GatewayCapabilities
    availability: ModelAvailability
    pricing: GatewayPricing
    offers: list[GatewayModelOffer]


class GatewayModelsResponse(BaseModel):
    """The `GatewayModelsResponse` schema."""

    ok: bool
    availability_mode: GatewayModelsResponseAvailabilityMode
    limit: int
    offset: int
    total: int
    models: list[Model]


class InvalidRequestResponse(BaseModel):
    """The `InvalidRequestResponse` schema."""

    ok: bool
    error: str
    message: str
    max_offset: int | None = None


class ErrorUpstreamError(BaseModel):
    """The `ErrorUpstreamError` schema."""

    code: str | None = None
    message: str | None = None
    description: str | None = None
    param: str | None = None


class ErrorFailureSampleItem(BaseModel):
    """The `ErrorFailureSampleItem` schema."""

    provider: str | None = None
    type: str | None = None
    status: int | None = None
    upstream_error_code: str | None = None
    upstream_error_message: str | None = None
    upstream_error_description: str | None = None
    upstream_error_param: str | None = None
    upstream_payload_preview: str | None = None
    retryable: bool | None = None


class ErrorProviderFailureDiagnostics(BaseModel):
    """The `ErrorProviderFailureDiagnostics` schema."""

    category: ErrorProviderFailureDiagnosticsCategory | None = None
    hint: str | None = None
    provider: str | None = None


class ErrorRoutingDiagnosticsFilterStagesItemDroppedProvidersItem(BaseModel):
    """The `droppedProviders_item` field of `ErrorRoutingDiagnosticsFilterStagesItem`."""

    provider_id: str | None = Field(default=None, alias="providerId")
    reason: str | None = None


class ErrorRoutingDiagnosticsFilterStagesItem(BaseModel):
    """The `filterStages_item` field of `ErrorRoutingDiagnostics`."""

    stage: str | None = None
    before_count: int | None = Field(default=None, alias="beforeCount")
    after_count: int | None = Field(default=None, alias="afterCount")
    dropped_providers: list[ErrorRoutingDiagnosticsFilterStagesItemDroppedProvidersItem] | None = (
        Field(default=None, alias="droppedProviders")
    )


class ErrorRoutingDiagnostics(BaseModel):
    """The `ErrorRoutingDiagnostics` schema."""

    filter_stages: list[ErrorRoutingDiagnosticsFilterStagesItem] | None = Field(
        default=None, alias="filterStages"
    )


class ErrorProviderCandidateDiagnosticsDroppedMissingAdapterItem(BaseModel):
    """The `droppedMissingAdapter_item` field of `ErrorProviderCandidateDiagnostics`."""

    provider_id: str | None = Field(default=None, alias="providerId")
    endpoint: str | None = None


class ErrorProviderCandidateDiagnostics(BaseModel):
    """The `ErrorProviderCandidateDiagnostics` schema."""

    total_providers: int | None = Field(default=None, alias="totalProviders")
    supports_endpoint_count: int | None = Field(default=None, alias="supportsEndpointCount")
    candidate_count: int | None = Field(default=None, alias="candidateCount")
    dropped_unsupported_endpoint: list[str] | None = Field(
        default=None, alias="droppedUnsupportedEndpoint"
    )
    dropped_missing_adapter: (
        list[ErrorProviderCandidateDiagnosticsDroppedMissingAdapterItem] | None
    ) = Field(default=None, alias="droppedMissingAdapter")


class ErrorProviderEnablementDiagnosticsDroppedItem(BaseModel):
    """The `dropped_item` field of `ErrorProviderEnablementDiagnostics`."""

    provider_id: str | None = Field(default=None, alias="providerId")
    reason: str | None = None


class ErrorProviderEnablementDiagnostics(BaseModel):
    """The `ErrorProviderEnablementDiagnostics` schema."""

    capability: str | None = None
    providers_before: list[str] | None = Field(default=None, alias="providersBefore")
    providers_after: list[str] | None = Field(default=None, alias="providersAfter")
    dropped: list[ErrorProviderEnablementDiagnosticsDroppedItem] | None = None


class ErrorResponse(BaseModel):
    """The `ErrorResponse` schema."""

    ok: bool | None = None
    error: str | dict[str, Any]
    message: str | None = None
    description: str | None = None
    generation_id: str | None = None
    status_code: int | None = None
    error_type: ErrorResponseErrorType | None = None
    error_origin: ErrorResponseErrorOrigin | None = None
    reason: str | None = None
    attempt_count: int | None = None
    failed_providers: list[str] | None = None
    failed_statuses: list[int] | None = None
    upstream_error: ErrorUpstreamError | None = None
    failure_sample: list[ErrorFailureSampleItem] | None = None
    provider_failure_diagnostics: ErrorProviderFailureDiagnostics | None = None
    routing_diagnostics: ErrorRoutingDiagnostics | None = None
    provider_candidate_diagnostics: ErrorProviderCandidateDiagnostics | None = None
    provider_enablement: ErrorProviderEnablementDiagnostics | None = None
    missing_pricing_providers: list[str] | None = None
    provider_payment_required_provider: str | None = None
    provider_payment_required_support_notice: str | None = None
    details: list[dict[str, Any]] | None = None


class ModelEndpointCapabilityProvider(BaseModel):
    """The `provider` field of `ModelEndpointCapability`."""

    id: str
    name: str | None


class ModelEndpointCapabilityRouting(BaseModel):
    """The `routing` field of `ModelEndpointCapability`."""

    provider: GatewayRoutingStatus
    model: GatewayRoutingStatus
    capability: GatewayCapabilityStatus


class ModelEndpointCapabilityEffective(BaseModel):
    """The `effective` field of `ModelEndpointCapability`."""

    from_: str | None = Field(alias="from")
    to: str | None


class ModelEndpointCapability(BaseModel):
    """The `ModelEndpointCapability` schema."""

    id: str
    endpoint: str
    capability_id: str
    public_path: str
    collection: ModelEndpointCapabilityCollection
    provider: ModelEndpointCapabilityProvider
    model: str | None
    routable: bool
    status: ModelEndpointCapabilityStatus
    status_reason: GatewayProviderAvailabilityReason
    modalities: GatewayModalities
    capabilities: GatewayCapabilities
    routing: ModelEndpointCapabilityRouting
    effective: ModelEndpointCapabilityEffective
    pricing: GatewayPricing


class ModelEndpointsResponse(BaseModel):
    """The `ModelEndpointsResponse` schema."""

    ok: bool
    id: str
    name: str
    description: str
    organization: GatewayModelOrganization | None
    modalities: GatewayModalities
    availability_mode: ModelEndpointsResponseAvailabilityMode
    endpoints: list[ModelEndpointCapability]


class Provider(BaseModel):
    """The `Provider` schema."""

    api_provider_id: str | None = None
    api_provider_name: str | None = None
    description: str | None = None
    link: str | None = None
    country_code: str | None = None


class GenerationResponseUsage(BaseModel):
    """The `usage` field of `GenerationResponse`."""

    prompt_tokens: int | float | None = None
    completion_tokens: int | float | None = None
    total_tokens: int | float | None = None


class GenerationResponse(BaseModel):
    """The `GenerationResponse` schema.

    Attributes:
        replay_supported: Whether a replay-ready request payload is available for this generation.
        replay_request: Replay-ready request payload captured for this generation when available.
    """

    created_at: DateTime | None = None
    request_id: str | None = None
    team_id: str | None = None
    app_id: str | None = None
    endpoint: str | None = None
    field_model_id: str | None = Field(default=None, alias="model_id")
    provider: str | None = None
    native_response_id: str | None = None
    stream: bool | None = None
    byok: bool | None = None
    status_code: int | float | None = None
    success: bool | None = None
    error_code: str | None = None
    error_message: str | None = None
    latency_ms: int | float | None = None
    generation_ms: int | float | None = None
    usage: GenerationResponseUsage | None = None
    cost_nanos: int | float | None = None
    currency: str | None = None
    pricing_lines: list[dict[str, Any]] | None = None
    key_id: str | None = None
    throughput: int | float | None = None
    replay_supported: bool | None = None
    replay_request: dict[str, Any] | None = None


class TextContentPart(BaseModel):
    """The `TextContentPart` schema."""

    type: TextContentPartType
    text: str


class ImageContentPartImageUrl(BaseModel):
    """The `image_url` field of `ImageContentPart`.

    Attributes:
        url: HTTP(S) URL or data URI.
    """

    url: str | None = None


class ImageContentPart(BaseModel):
    """The `ImageContentPart` schema."""

    type: ImageContentPartType
    image_url: ImageContentPartImageUrl


class AudioContentPartInputAudio(BaseModel):
    """The `input_audio` field of `AudioContentPart`."""

    data: str | None = None
    format: AudioContentPartInputAudioFormat | None = None


class AudioContentPart(BaseModel):
    """The `AudioContentPart` schema."""

    type: AudioContentPartType
    input_audio: AudioContentPartInputAudio


class VideoContentPart(BaseModel):
    """The `VideoContentPart` schema."""

    type: VideoContentPartType
    video_url: str


class ToolCallContentPartFunction(BaseModel):
    """The `function` field of `ToolCallContentPart`."""

    name: str | None = None
    arguments: str | None = None


class ToolCallContentPart(BaseModel):
    """The `ToolCallContentPart` schema."""

    type: ToolCallContentPartType
    id: str
    function: ToolCallContentPartFunction


class ToolCallFunction(BaseModel):
    """The `function` field of `ToolCall`."""

    name: str | None = None
    arguments: str | None = None
    description: str | None = None
    parameters: dict[str, Any] | None = None


class ToolCall(BaseModel):
    """The `ToolCall` schema."""

    id: str
    type: ToolCallType
    function: ToolCallFunction


class ChatImageOutputPartImageUrl(BaseModel):
    """The `image_url` field of `ChatImageOutputPart`.

    Attributes:
        url: HTTP(S) URL or data URI.
    """

    url: str


class ChatImageOutputPart(BaseModel):
    """The `ChatImageOutputPart` schema."""

    type: ChatImageOutputPartType
    image_url: ChatImageOutputPartImageUrl
    mime_type: str | None = None


class ChatAudioOutputPartAudioUrl(BaseModel):
    """The `audio_url` field of `ChatAudioOutputPart`.

    Attributes:
        url: HTTP(S) URL or data URI.
    """

    url: str


class ChatAudioOutputPart(BaseModel):
    """The `ChatAudioOutputPart` schema."""

    type: ChatAudioOutputPartType
    audio_url: ChatAudioOutputPartAudioUrl
    mime_type: str | None = None
    format: ChatAudioOutputPartFormat | None = None


class ChatMessage(BaseModel):
    """The `ChatMessage` schema."""

    role: ChatMessageRole
    content: str | list[MessageContentPart] | None = None
    name: str | None = None
    tool_calls: list[ToolCall] | None = None
    images: list[ChatImageOutputPart] | None = None
    audios: list[ChatAudioOutputPart] | None = None
    tool_call_id: str | None = None


class ReasoningConfig(BaseModel):
    """The `ReasoningConfig` schema.

    Attributes:
        effort: Server default: 'medium'.
        summary: Server default: 'auto'.
    """

    effort: ReasoningConfigEffort | None = None
    mode: ReasoningConfigMode | None = None
    summary: ReasoningConfigSummary | None = None
    enabled: bool | None = None
    max_tokens: int | None = None


class FunctionToolDefinitionFunction(BaseModel):
    """The `function` field of `FunctionToolDefinition`."""

    name: str
    description: str | None = None
    parameters: dict[str, Any]


class FunctionToolDefinition(BaseModel):
    """The `FunctionToolDefinition` schema."""

    type: FunctionToolDefinitionType
    function: FunctionToolDefinitionFunction


class GatewayDatetimeToolDefinitionParameters(BaseModel):
    """The `parameters` field of `GatewayDatetimeToolDefinition`.

    Attributes:
        timezone: IANA timezone name (for example Europe/London).
    """

    timezone: str | None = None


class GatewayDatetimeToolDefinition(BaseModel):
    """Gateway-managed server tool. The gateway executes the datetime lookup and injects the result back into the model tool loop.


    Attributes:
        timezone: Legacy shortcut for default timezone (IANA).
    """

    type: GatewayDatetimeToolDefinitionType
    parameters: GatewayDatetimeToolDefinitionParameters | None = None
    timezone: str | None = None


class GatewayWebSearchToolDefinitionParameters(BaseModel):
    """The `parameters` field of `GatewayWebSearchToolDefinition`."""

    max_results: int | None = None
    include_text: bool | None = None
    include_highlights: bool | None = None


class GatewayWebSearchToolDefinition(BaseModel):
    """Gateway-managed server tool. The gateway executes a web search and injects normalized search results back into the model tool loop."""

    type: GatewayWebSearchToolDefinitionType
    parameters: GatewayWebSearchToolDefinitionParameters | None = None
    max_results: int | None = None
    include_text: bool | None = None
    include_highlights: bool | None = None


class GatewayWebFetchToolDefinitionParameters(BaseModel):
    """The `parameters` field of `GatewayWebFetchToolDefinition`."""

    max_chars: int | None = None


class GatewayWebFetchToolDefinition(BaseModel):
    """Gateway-managed server tool. The gateway fetches one HTTP(S) page, reduces it to bounded text, and injects the result back into the model tool loop."""

    type: GatewayWebFetchToolDefinitionType
    parameters: GatewayWebFetchToolDefinitionParameters | None = None
    max_chars: int | None = None


class SubagentToolDefinition(BaseModel):
    """The `SubagentToolDefinition` schema."""

    type: SubagentToolDefinitionType
    parameters: dict[str, Any] | None = None


class FusionToolDefinitionParameters(BaseModel):
    """The `parameters` field of `FusionToolDefinition`."""

    analysis_models: list[str]
    model: str | None = None


class FusionToolDefinition(BaseModel):
    """The `FusionToolDefinition` schema."""

    type: FusionToolDefinitionType
    parameters: FusionToolDefinitionParameters | None = None


class SearchModelsToolDefinitionParameters(BaseModel):
    """The `parameters` field of `SearchModelsToolDefinition`."""

    max_results: int | None = None


class SearchModelsToolDefinition(BaseModel):
    """The `SearchModelsToolDefinition` schema."""

    type: SearchModelsToolDefinitionType
    parameters: SearchModelsToolDefinitionParameters | None = None


class ChatCompletionsRequestResponseFormatVariant1(BaseModel):
    """The `response_format_variant1` field of `ChatCompletionsRequest`."""

    type: str | None = None
    schema_: dict[str, Any] | None = Field(default=None, alias="schema")


class ImageConfigFontInputsItem(BaseModel):
    """The `font_inputs_item` field of `ImageConfig`."""

    font_url: str | None = None
    text: str | None = None


class ImageConfig(BaseModel):
    """The `ImageConfig` schema."""

    aspect_ratio: str | None = None
    image_size: ImageConfigImageSize | None = None
    include_rai_reason: bool | None = None
    font_inputs: list[ImageConfigFontInputsItem] | None = None
    super_resolution_references: list[str] | None = None
    reference_images: list[dict[str, Any]] | None = None


class ProviderRoutingOptionsMaxPrice(BaseModel):
    """The `max_price` field of `ProviderRoutingOptions`."""

    prompt: int | float | str | None = None
    completion: int | float | str | None = None
    image: int | float | str | None = None
    audio: int | float | str | None = None
    request: int | float | str | None = None


class ProviderRoutingOptions(BaseModel):
    """Provider routing preferences for gateway selection.

    Attributes:
        include_alpha: Include alpha providers in routing (off by default).
        allow_fallbacks: Allow fallback to another eligible provider after failure.
        require_parameters: Require provider support for requested parameters before routing.
        required_execution_region: Restrict routing to providers with the requested execution region.
        required_data_region: Restrict routing to providers with the requested data region.
        require_zero_data_retention: Restrict routing to providers that support zero data retention.
        sort: Rank providers for this request, for example by price, latency, or throughput.
    """

    order: list[str] | None = None
    only: list[str] | None = None
    ignore: list[str] | None = None
    include_alpha: bool | None = None
    allow_fallbacks: bool | None = None
    require_parameters: bool | None = None
    required_execution_region: str | None = None
    required_data_region: str | None = None
    require_zero_data_retention: bool | None = None
    data_collection: ProviderRoutingOptionsDataCollection | None = None
    zdr: bool | None = None
    enforce_distillable_text: bool | None = None
    quantizations: list[str] | None = None
    sort: str | dict[str, Any] | None = None
    max_price: ProviderRoutingOptionsMaxPrice | None = None
    preferred_min_throughput: int | float | dict[str, int | float] | None = None
    preferred_max_latency: int | float | dict[str, int | float] | None = None


class ProviderOptionsOpenaiContextManagement(BaseModel):
    """Optional OpenAI context management configuration."""

    type: ProviderOptionsOpenaiContextManagementType
    compact_threshold: int | float | None = None


class ProviderOptionsOpenai(BaseModel):
    """The `openai` field of `ProviderOptions`.

    Attributes:
        context_management: Optional OpenAI context management configuration.
    """

    context_management: ProviderOptionsOpenaiContextManagement | None = None
    prompt_cache_retention: str | None = None


class CacheControl(BaseModel):
    """The `CacheControl` schema."""

    type: str | None = None
    ttl: str | None = None
    scope: str | None = None


class ProviderOptionsAnthropic(BaseModel):
    """The `anthropic` field of `ProviderOptions`."""

    cache_control: CacheControl | None = None


class ProviderOptionsGoogle(BaseModel):
    """The `google` field of `ProviderOptions`."""

    cache_control: CacheControl | None = None
    cached_content: str | None = None
    cache_ttl: str | None = None


class ProviderOptions(BaseModel):
    """Optional provider-specific options."""

    openai: ProviderOptionsOpenai | None = None
    anthropic: ProviderOptionsAnthropic | None = None
    google: ProviderOptionsGoogle | None = None


class DebugOptions(BaseModel):
    """Gateway debug controls. These flags are never forwarded upstream."""

    enabled: bool | None = None
    return_upstream_request: bool | None = None
    return_upstream_response: bool | None = None
    trace: bool | None = None
    trace_level: DebugOptionsTraceLevel | None = None


class ChatCompletionsRequest(BaseModel):
    """The `ChatCompletionsRequest` schema.

    Attributes:
        reasoning_effort: OpenAI-compatible alias for `reasoning.effort`.
        session_id: Unique identifier for grouping related requests (for example, a conversation or agent workflow) for observability.
        stream: Server default: False.
        temperature: Server default: 1.
        tools: Tool definitions for model function calls and gateway server tools. Built-in server tools include datetime, web search, web fetch, Advisor, Subagent, Fusion, model search, image generation, and patch creation.
        parallel_tool_calls: Server default: True.
        tool_choice: Tool selection strategy. Phaseo server-tool types are accepted and rewritten into upstream function/tool targets.
        logprobs: Server default: False.
        provider: Provider selector. Use a string for a single provider, or routing options such as `{ "only": ["groq"] }`.
        provider_options: Optional provider-specific options.
        meta: Server default: False.
        debug: Gateway debug controls. These flags are never forwarded upstream.
    """

    model: str
    messages: list[ChatMessage]
    reasoning: ReasoningConfig | None = None
    reasoning_effort: ChatCompletionsRequestReasoningEffort | None = None
    frequency_penalty: int | float | None = None
    logit_bias: dict[str, int | float] | None = None
    max_completion_tokens: int | None = None
    max_tokens: int | None = None
    metadata: dict[str, str] | None = None
    session_id: str | None = None
    presence_penalty: int | float | None = None
    seed: int | None = None
    store: bool | None = None
    stream: bool | None = None
    stream_options: dict[str, Any] | None = None
    temperature: int | float | None = None
    tools: list[TextGenerateTool] | None = None
    max_tool_calls: int | None = None
    parallel_tool_calls: bool | None = None
    tool_choice: TextToolChoice | None = None
    logprobs: bool | None = None
    top_logprobs: int | None = None
    top_p: int | float | None = None
    stop: str | list[str] | None = None
    response_format: str | ChatCompletionsRequestResponseFormatVariant1 | None = None
    modalities: list[ChatCompletionsRequestModalitiesItem] | None = None
    image_config: ImageConfig | None = None
    usage: bool | None = None
    provider: ChatCompletionsRequestProviderVariant0 | ProviderRoutingOptions | None = None
    provider_options: ProviderOptions | None = None
    user_id: str | None = None
    user: str | None = None
    service_tier: ChatCompletionsRequestServiceTier | None = None
    prompt_cache_key: str | None = None
    safety_identifier: str | None = None
    meta: bool | None = None
    echo_upstream_request: bool | None = None
    debug: DebugOptions | None = None


class ChatChoice(BaseModel):
    """The `ChatChoice` schema."""

    index: int | None = None
    message: ChatMessage | None = None
    finish_reason: ChatChoiceFinishReason | None = None


class ServerToolUsage(BaseModel):
    """The `ServerToolUsage` schema."""

    datetime_requests: int | None = None
    web_search_requests: int | None = None
    subagent_requests: int | None = None
    fusion_requests: int | None = None
    search_models_requests: int | None = None
    web_fetch_requests: int | None = None
    advisor_requests: int | None = None
    image_generation_requests: int | None = None
    apply_patch_requests: int | None = None


class Usage(BaseModel):
    """The `Usage` schema."""

    prompt_tokens: int | None = None
    completion_tokens: int | None = None
    total_tokens: int | None = None
    server_tool_use: ServerToolUsage | None = None


class ChatCompletionsResponse(BaseModel):
    """The `ChatCompletionsResponse` schema."""

    id: str | None = None
    native_response_id: str | None = Field(default=None, alias="nativeResponseId")
    object: str | None = None
    created: int | None = None
    model: str | None = None
    provider: str | None = None
    choices: list[ChatChoice] | None = None
    usage: Usage | None = None


class ResponsesInputItem(BaseModel):
    """Responses API input item."""

    type: str | None = None
    role: ResponsesInputItemRole | None = None
    content: str | list[dict[str, Any]] | dict[str, Any] | None = None


class ResponsesRequest(BaseModel):
    """The `ResponsesRequest` schema.

    Attributes:
        session_id: Unique identifier for grouping related requests (for example, a conversation or agent workflow) for observability.
        tool_choice: Tool selection strategy. Phaseo server-tool types are accepted and rewritten into upstream function/tool targets.
        tools: Tool definitions for model function calls and gateway server tools. Built-in gateway server tools are `gateway:datetime`, `gateway:web_search`, and `gateway:web_fetch`.
        provider_options: Optional provider-specific options.
        debug: Gateway debug controls. These flags are never forwarded upstream.
        provider: Provider routing preferences for gateway selection.
    """

    model: str
    input: str | list[ResponsesInputItem] | dict[str, Any]
    background: bool | None = None
    include: list[str] | None = None
    instructions: str | None = None
    max_output_tokens: int | None = None
    metadata: dict[str, str] | None = None
    session_id: str | None = None
    parallel_tool_calls: bool | None = None
    previous_response_id: str | None = None
    reasoning: ReasoningConfig | None = None
    service_tier: ResponsesRequestServiceTier | None = None
    store: bool | None = None
    stream: bool | None = None
    temperature: int | float | None = None
    text: dict[str, Any] | None = None
    tool_choice: TextToolChoice | None = None
    tools: list[TextGenerateTool] | None = None
    top_p: int | float | None = None
    truncation: ResponsesRequestTruncation | None = None
    user: str | None = None
    prompt_cache_key: str | None = None
    safety_identifier: str | None = None
    modalities: list[ResponsesRequestModalitiesItem] | None = None
    image_config: ImageConfig | None = None
    provider_options: ProviderOptions | None = None
    usage: bool | None = None
    meta: bool | None = None
    echo_upstream_request: bool | None = None
    debug: DebugOptions | None = None
    provider: ProviderRoutingOptions | None = None


class ResponsesOutputTextPart(BaseModel):
    """The `ResponsesOutputTextPart` schema."""

    type: ResponsesOutputTextPartType
    text: str
    annotations: list[dict[str, Any]] | None = None


class ResponsesOutputImagePartImageUrl(BaseModel):
    """The `image_url` field of `ResponsesOutputImagePart`."""

    url: str | None = None


class ResponsesOutputImagePart(BaseModel):
    """The `ResponsesOutputImagePart` schema."""

    type: ResponsesOutputImagePartType
    b64_json: str | None = None
    image_url: ResponsesOutputImagePartImageUrl | None = None
    mime_type: str | None = None


class ResponsesOutputAudioPartAudioUrl(BaseModel):
    """The `audio_url` field of `ResponsesOutputAudioPart`."""

    url: str | None = None


class ResponsesOutputAudioPart(BaseModel):
    """The `ResponsesOutputAudioPart` schema."""

    type: ResponsesOutputAudioPartType
    b64_json: str | None = None
    audio_url: ResponsesOutputAudioPartAudioUrl | None = None
    mime_type: str | None = None
    format: ResponsesOutputAudioPartFormat | None = None


class ResponsesOutputItem(BaseModel):
    """Responses API output item."""

    type: str | None = None
    role: str | None = None
    content: list[ResponsesOutputContentPart] | None = None
    call_id: str | None = None
    name: str | None = None
    arguments: str | None = None


class ResponsesResponse(BaseModel):
    """The `ResponsesResponse` schema."""

    id: str | None = None
    object: str | None = None
    created: int | None = None
    model: str | None = None
    provider: str | None = None
    provider_id: str | None = None
    native_response_id: str | None = Field(default=None, alias="nativeResponseId")
    status: ResponsesResponseStatus | None = None
    finish_reason: str | None = None
    meta: dict[str, Any] | None = None
    cost_nanos: int | float | None = None
    cost_cents: int | None = None
    currency: str | None = None
    pricing_lines: list[dict[str, Any]] | None = None
    output: list[ResponsesOutputItem] | None = None
    output_items: list[ResponsesOutputItem] | None = None
    content: list[dict[str, Any]] | None = None
    role: str | None = None
    stop_reason: str | None = None
    type: str | None = None
    usage: Usage | None = None


class AsyncJobWebSocketClientEvent(BaseModel):
    """Client message for async job websocket sessions.

    Attributes:
        type: Send `ping` for a `pong` keepalive response, or `refresh` to force an immediate async job state refresh.
    """

    type: AsyncJobWebSocketClientEventType


class VideoGenerationResponseAsset(BaseModel):
    """The `asset` field of `VideoGenerationResponse`."""

    id: str | None = None
    mime_type: str | None = None
    bytes: int | None = None
    sha256: str | None = None
    width: int | None = None
    height: int | None = None
    duration_seconds: int | float | None = None


class VideoOutput(BaseModel):
    """The `VideoOutput` schema.

    Attributes:
        content_url: Present when output_access includes bytes.
        download_url: Signed first-party URL for this output.
        expires_at: Unix timestamp (seconds) when this output URL expires.
    """

    index: int | None = None
    mime_type: str | None = None
    bytes_available: bool | None = None
    content_url: str | None = None
    download_url: str | None = None
    expires_at: int | None = None


class VideoBillingSummary(BaseModel):
    """The `VideoBillingSummary` schema."""

    currency: str | None = None
    estimated_provider_cost: str | None = None
    estimated_user_cost: str | None = None
    settled_provider_cost: str | None = None
    settled_user_cost: str | None = None
    state: VideoBillingSummaryState | None = None
    billable: bool | None = None
    total_nanos: int | None = None
    estimated_nanos: int | None = None
    reserved_nanos: int | None = None
    reservation_id: str | None = None
    reservation_status: str | None = None
    charge_reason: str | None = None
    charged: bool | None = None
    billed_at: str | None = None


class AsyncWebhookDeliverySummary(BaseModel):
    """Public delivery summary for gateway-managed async webhooks. Use this to distinguish job execution state from webhook delivery health.

    Attributes:
        total_attempts: Total delivery attempts recorded for this job.
        delivered_events: Number of delivery keys that have reached a delivered state.
        delivered_event_types: Delivery keys that have been delivered at least once.
        pending_retries: Number of delivery keys currently scheduled for retry.
        next_retry_at: ISO timestamp for the next scheduled retry, when present.
        last_attempt_at: ISO timestamp for the most recent delivery attempt.
        last_attempt_status: Result of the most recent delivery attempt.
        last_response_status: HTTP status returned by the webhook destination, when available.
        last_delivered_at: ISO timestamp for the most recent successful delivery.
        last_failure_at: ISO timestamp for the most recent failed or retrying attempt.
        last_error_message: Most recent delivery error message, when available.
    """

    total_attempts: int | None = None
    delivered_events: int | None = None
    delivered_event_types: list[str] | None = None
    pending_retries: int | None = None
    next_retry_at: str | None = None
    last_attempt_at: str | None = None
    last_attempt_status: AsyncWebhookDeliverySummaryLastAttemptStatus | None = None
    last_response_status: int | None = None
    last_delivered_at: str | None = None
    last_failure_at: str | None = None
    last_error_message: str | None = None


class AsyncWebhookDeliveryAttempt(BaseModel):
    """Recent gateway-managed async webhook delivery attempt.

    Attributes:
        id: Stable attempt identifier for audit and debugging.
        delivery_key: Idempotency key for this event delivery.
        event_type: Event type delivered to the webhook destination.
        attempt_number: One-based attempt number for this delivery key.
        max_attempts: Maximum attempts before the delivery is marked failed permanently.
        tried_at: ISO timestamp when this attempt was made.
        delivered_at: ISO timestamp when this attempt was delivered successfully.
        next_retry_at: ISO timestamp for the next retry after this attempt, when scheduled.
        response_status: HTTP status returned by the webhook destination, when available.
        error_message: Delivery error message, when available.
        response_body_preview: Redacted response body preview from the webhook destination.
    """

    id: str | None = None
    delivery_key: str | None = None
    event_type: str | None = None
    status: AsyncWebhookDeliveryAttemptStatus | None = None
    attempt_number: int | None = None
    max_attempts: int | None = None
    tried_at: str | None = None
    delivered_at: str | None = None
    next_retry_at: str | None = None
    response_status: int | None = None
    error_message: str | None = None
    response_body_preview: str | None = None


class AsyncWebhookPublicState(BaseModel):
    """Sanitized async webhook configuration plus delivery state. Secrets are never returned; `has_secret` indicates whether signed deliveries are enabled. Signed deliveries include x-phaseo-signature, x-phaseo-timestamp, x-phaseo-event-id, x-phaseo-event-type, x-phaseo-delivery-key, x-phaseo-attempt, and x-phaseo-max-attempts headers.

    Attributes:
        delivery: Public delivery summary for gateway-managed async webhooks. Use this to distinguish job execution state from webhook delivery health.
    """

    url: str | None = None
    events: list[str] | None = None
    has_secret: bool | None = None
    delivery: AsyncWebhookDeliverySummary | None = None
    attempts: list[AsyncWebhookDeliveryAttempt] | None = None


class VideoGenerationResponseUsage(BaseModel):
    """The `usage` field of `VideoGenerationResponse`."""

    cost: int | float | None = None
    is_byok: bool | None = None


class VideoGenerationResponse(BaseModel):
    """The `VideoGenerationResponse` schema.

    Attributes:
        websocket_url: WebSocket URL for subscribing to normalized async job lifecycle updates.
        lifecycle_status: Normalized async lifecycle status for polling, websocket, and webhook consumers.
        cancel_url: Reserved for compatibility; currently always null.
        native_video_id: Provider-native video/job id when it differs from the gateway-owned id.
        content_url: Present when output_access includes bytes (authenticated endpoint).
        download_url: Signed first-party URL for direct download when status is completed.
        expires_at: Unix timestamp (seconds) when the signed download_url expires.
        webhook: Sanitized async webhook configuration plus delivery state. Secrets are never returned; `has_secret` indicates whether signed deliveries are enabled. Signed deliveries include x-phaseo-signature, x-phaseo-timestamp, x-phaseo-event-id, x-phaseo-event-type, x-phaseo-delivery-key, x-phaseo-attempt, and x-phaseo-max-attempts headers.
        next_webhook_retry_at: ISO timestamp for the next scheduled user-webhook retry, when queued.
        last_webhook_progress: Most recent coarse progress bucket dispatched to webhook consumers.
        last_webhook_progress_at: ISO timestamp when the most recent webhook progress bucket was dispatched.
        last_webhook_dispatched_at: ISO timestamp for the most recent webhook dispatch attempt.
    """

    id: str | None = None
    polling_url: str | None = None
    websocket_url: str | None = None
    model: str | None = None
    request_id: str | None = None
    session_id: str | None = None
    status: VideoGenerationResponseStatus | None = None
    lifecycle_status: VideoGenerationResponseLifecycleStatus | None = None
    cancel_url: str | None = None
    output_access: VideoGenerationResponseOutputAccess | None = None
    generation_id: str | None = None
    native_video_id: str | None = None
    created_at: int | str | None = None
    started_at: int | str | None = None
    completed_at: int | str | None = None
    object: str | None = None
    poll_after_seconds: int | None = None
    provider: str | None = None
    seconds: int | float | None = None
    size: str | None = None
    audio: bool | None = None
    content_url: str | None = None
    download_url: str | None = None
    expires_at: int | None = None
    progress: int | None = None
    progress_source: str | None = None
    asset: VideoGenerationResponseAsset | None = None
    outputs: list[VideoOutput] | None = None
    billing: VideoBillingSummary | None = None
    webhook: AsyncWebhookPublicState | None = None
    next_webhook_retry_at: str | None = None
    last_webhook_progress: int | float | None = None
    last_webhook_progress_at: str | None = None
    last_webhook_dispatched_at: str | None = None
    usage: VideoGenerationResponseUsage | None = None
    error: Any = None


class BatchRequestCounts(BaseModel):
    """The `BatchRequestCounts` schema."""

    total: int | None = None
    completed: int | None = None
    failed: int | None = None


class BatchResponseUsage(BaseModel):
    """Normalised aggregate usage and cost after finalisation."""

    requests: int | None = None
    input_tokens: int | None = None
    output_tokens: int | None = None
    total_tokens: int | None = None
    cost_nanos: int | None = None
    cost_usd: int | float | None = None
    currency: str | None = None


class BatchBillingSummary(BaseModel):
    """The `BatchBillingSummary` schema.

    Attributes:
        estimation_truncated: True when the reservation estimate was scaled from a bounded sample of a larger batch input file.
        estimation_sample_size: Number of input rows priced directly for the reservation estimate.
        estimation_total_rows: Total input rows represented by the reservation estimate.
    """

    currency: str | None = None
    billed: bool | None = None
    charged: bool | None = None
    reason: str | None = None
    state: BatchBillingSummaryState | None = None
    reservation_id: str | None = None
    reservation_status: str | None = None
    estimated_provider_cost: str | None = None
    estimated_user_cost: str | None = None
    settled_provider_cost: str | None = None
    settled_user_cost: str | None = None
    estimated_nanos: int | None = None
    reserved_nanos: int | None = None
    estimation_truncated: bool | None = None
    estimation_sample_size: int | None = None
    estimation_total_rows: int | None = None
    total_nanos: int | None = None
    cost_nanos: int | None = None
    cost_usd: int | float | None = None
    finalized_at: str | None = None
    pricing_breakdown: dict[str, Any] | None = None


class BatchResponse(BaseModel):
    """The `BatchResponse` schema.

    Attributes:
        native_batch_id: Provider-native batch id when it differs from the gateway-owned id.
        lifecycle_status: Normalized async lifecycle status for polling, websocket, and webhook consumers.
        progress: Coarse batch completion percentage derived from provider request counts when available. Completed batches report 100.
        websocket_url: WebSocket URL for subscribing to normalized async job lifecycle updates.
        cancel_url: Reserved for compatibility; currently always null.
        webhook: Sanitized async webhook configuration plus delivery state. Secrets are never returned; `has_secret` indicates whether signed deliveries are enabled. Signed deliveries include x-phaseo-signature, x-phaseo-timestamp, x-phaseo-event-id, x-phaseo-event-type, x-phaseo-delivery-key, x-phaseo-attempt, and x-phaseo-max-attempts headers.
        usage: Normalised aggregate usage and cost after finalisation.
    """

    id: str | None = None
    native_batch_id: str | None = None
    object: str | None = None
    endpoint: str | None = None
    errors: dict[str, Any] | None = None
    input_file_id: str | None = None
    completion_window: str | None = None
    status: str | None = None
    lifecycle_status: BatchResponseLifecycleStatus | None = None
    progress: int | None = None
    polling_url: str | None = None
    websocket_url: str | None = None
    cancel_url: str | None = None
    output_file_id: str | None = None
    error_file_id: str | None = None
    created_at: int | None = None
    in_progress_at: int | None = None
    expires_at: int | None = None
    finalizing_at: int | None = None
    completed_at: int | None = None
    failed_at: int | None = None
    expired_at: int | None = None
    cancelling_at: int | None = None
    cancelled_at: int | None = None
    request_counts: BatchRequestCounts | None = None
    metadata: dict[str, Any] | None = None
    request_id: str | None = None
    provider: str | None = None
    session_id: str | None = None
    webhook: AsyncWebhookPublicState | None = None
    next_webhook_retry_at: str | None = None
    last_webhook_progress: int | float | None = None
    last_webhook_progress_at: str | None = None
    last_webhook_dispatched_at: str | None = None
    finalized_at: str | None = None
    pricing_lines: list[dict[str, Any]] | None = None
    usage: BatchResponseUsage | None = None
    billing: BatchBillingSummary | None = None


class AsyncJobWebSocketServerEventDataVariant2(BaseModel):
    """The `data_variant2` field of `AsyncJobWebSocketServerEvent`."""

    id: str | None = None
    kind: AsyncJobWebSocketServerEventDataVariant2Kind | None = None


class AsyncJobWebSocketServerEvent(BaseModel):
    """Async job websocket envelope. `job.snapshot` is emitted immediately after upgrade, `job.updated` is emitted when the normalized async payload changes, `job.deleted` is emitted when the owned job record disappears, and `pong` replies to client `ping` messages."""

    type: AsyncJobWebSocketServerEventType
    data: (
        VideoGenerationResponse | BatchResponse | AsyncJobWebSocketServerEventDataVariant2 | None
    ) = None


class AsyncJobWebSocketUpgradeRequiredResponseError(BaseModel):
    """The `error` field of `AsyncJobWebSocketUpgradeRequiredResponse`."""

    code: str | None = None
    message: str | None = None


class AsyncJobWebSocketUpgradeRequiredResponse(BaseModel):
    """The `AsyncJobWebSocketUpgradeRequiredResponse` schema."""

    error: AsyncJobWebSocketUpgradeRequiredResponseError | None = None


class AnthropicMessagesRequestSystemVariant1Item(BaseModel):
    """The `system_variant1_item` field of `AnthropicMessagesRequest`."""

    type: AnthropicMessagesRequestSystemVariant1ItemType | None = None
    text: str | None = None
    cache_control: CacheControl | None = None


class AnthropicContentBlockSource(BaseModel):
    """The `source` field of `AnthropicContentBlock`."""

    type: str | None = None
    media_type: str | None = None
    data: str | None = None
    url: str | None = None


class AnthropicContentBlock(BaseModel):
    """The `AnthropicContentBlock` schema."""

    type: AnthropicContentBlockType | None = None
    text: str | None = None
    cache_control: CacheControl | None = None
    source: AnthropicContentBlockSource | None = None
    id: str | None = None
    name: str | None = None
    input: dict[str, Any] | None = None
    tool_use_id: str | None = None
    content: str | None = None


class AnthropicMessage(BaseModel):
    """The `AnthropicMessage` schema."""

    role: AnthropicMessageRole
    content: str | list[AnthropicContentBlock]


class AnthropicTool(BaseModel):
    """The `AnthropicTool` schema."""

    name: str
    description: str | None = None
    input_schema: dict[str, Any] | None = None


class AnthropicMessagesRequest(BaseModel):
    """The `AnthropicMessagesRequest` schema.

    Attributes:
        tools: Anthropic-compatible tools plus gateway-managed server tools.
        tool_choice: Anthropic tool choice object/string. Gateway-managed server tool names are also accepted and rewritten by the gateway.
        session_id: Unique identifier for grouping related requests (for example, a conversation or agent workflow) for observability.
        provider_options: Optional provider-specific options.
        debug: Gateway debug controls. These flags are never forwarded upstream.
        provider: Provider routing preferences for gateway selection.
    """

    model: str
    system: str | list[AnthropicMessagesRequestSystemVariant1Item] | None = None
    messages: list[AnthropicMessage]
    max_tokens: int
    temperature: int | float | None = None
    top_p: int | float | None = None
    top_k: int | None = None
    tools: (
        list[
            AnthropicTool
            | GatewayDatetimeToolDefinition
            | GatewayWebSearchToolDefinition
            | GatewayWebFetchToolDefinition
            | SubagentToolDefinition
            | FusionToolDefinition
            | SearchModelsToolDefinition
        ]
        | None
    ) = None
    tool_choice: dict[str, Any] | str | None = None
    stream: bool | None = None
    metadata: dict[str, Any] | None = None
    session_id: str | None = None
    reasoning: ReasoningConfig | None = None
    stop_sequences: list[str] | None = None
    provider_options: ProviderOptions | None = None
    usage: bool | None = None
    meta: bool | None = None
    echo_upstream_request: bool | None = None
    debug: DebugOptions | None = None
    provider: ProviderRoutingOptions | None = None


class AnthropicUsage(BaseModel):
    """The `AnthropicUsage` schema."""

    input_tokens: int | None = None
    output_tokens: int | None = None


class AnthropicMessagesResponse(BaseModel):
    """The `AnthropicMessagesResponse` schema."""

    id: str | None = None
    type: str | None = None
    role: AnthropicMessagesResponseRole | None = None
    model: str | None = None
    content: list[AnthropicContentBlock] | None = None
    stop_reason: str | None = None
    stop_sequence: str | None = None
    usage: AnthropicUsage | None = None


class EmbeddingsMultimodalInputContentItemVariant0(BaseModel):
    """The `content_item_variant0` field of `EmbeddingsMultimodalInput`."""

    type: EmbeddingsMultimodalInputContentItemVariant0Type
    text: str


class EmbeddingsMultimodalInputContentItemVariant1ImageUrlVariant1(BaseModel):
    """The `image_url_variant1` field of `EmbeddingsMultimodalInputContentItemVariant1`."""

    url: str


class EmbeddingsMultimodalInputContentItemVariant1UrlVariant1(BaseModel):
    """The `url_variant1` field of `EmbeddingsMultimodalInputContentItemVariant1`."""

    url: str


class EmbeddingsMultimodalInputContentItemVariant1(BaseModel):
    """The `content_item_variant1` field of `EmbeddingsMultimodalInput`."""

    type: EmbeddingsMultimodalInputContentItemVariant1Type
    image_url: str | EmbeddingsMultimodalInputContentItemVariant1ImageUrlVariant1 | None = None
    url: str | EmbeddingsMultimodalInputContentItemVariant1UrlVariant1 | None = None


class EmbeddingsMultimodalInputContentItemVariant2InputAudio(BaseModel):
    """The `input_audio` field of `EmbeddingsMultimodalInputContentItemVariant2`."""

    data: str | None = None
    url: str | None = None
    format: str | None = None


class EmbeddingsMultimodalInputContentItemVariant2(BaseModel):
    """The `content_item_variant2` field of `EmbeddingsMultimodalInput`."""

    type: EmbeddingsMultimodalInputContentItemVariant2Type
    input_audio: EmbeddingsMultimodalInputContentItemVariant2InputAudio


class EmbeddingsMultimodalInputContentItemVariant3VideoUrlVariant1(BaseModel):
    """The `video_url_variant1` field of `EmbeddingsMultimodalInputContentItemVariant3`."""

    url: str


class EmbeddingsMultimodalInputContentItemVariant3UrlVariant1(BaseModel):
    """The `url_variant1` field of `EmbeddingsMultimodalInputContentItemVariant3`."""

    url: str


class EmbeddingsMultimodalInputContentItemVariant3(BaseModel):
    """The `content_item_variant3` field of `EmbeddingsMultimodalInput`."""

    type: EmbeddingsMultimodalInputContentItemVariant3Type
    video_url: str | EmbeddingsMultimodalInputContentItemVariant3VideoUrlVariant1 | None = None
    url: str | EmbeddingsMultimodalInputContentItemVariant3UrlVariant1 | None = None


class EmbeddingsMultimodalInput(BaseModel):
    """Google multimodal embeddings extension item."""

    content: list[
        EmbeddingsMultimodalInputContentItemVariant0
        | EmbeddingsMultimodalInputContentItemVariant1
        | EmbeddingsMultimodalInputContentItemVariant2
        | EmbeddingsMultimodalInputContentItemVariant3
    ]


class EmbeddingsRequestProviderOptionsGoogle(BaseModel):
    """The `google` field of `EmbeddingsRequestProviderOptions`."""

    task_type: str | None = None
    title: str | None = None


class EmbeddingsRequestProviderOptionsMistral(BaseModel):
    """The `mistral` field of `EmbeddingsRequestProviderOptions`."""

    output_dtype: EmbeddingsRequestProviderOptionsMistralOutputDtype | None = None


class EmbeddingsRequestProviderOptions(BaseModel):
    """The `provider_options` field of `EmbeddingsRequest`."""

    google: EmbeddingsRequestProviderOptionsGoogle | None = None
    mistral: EmbeddingsRequestProviderOptionsMistral | None = None


class EmbeddingsRequest(BaseModel):
    """The `EmbeddingsRequest` schema.

    Attributes:
        debug: Gateway debug controls. These flags are never forwarded upstream.
        provider: Provider routing preferences for gateway selection.
    """

    model: str
    input: (
        str
        | list[int]
        | EmbeddingsMultimodalInput
        | list[str | list[int] | EmbeddingsMultimodalInput]
    )
    encoding_format: EmbeddingsRequestEncodingFormat | None = None
    dimensions: int | None = None
    provider_options: EmbeddingsRequestProviderOptions | None = None
    user: str | None = None
    debug: DebugOptions | None = None
    provider: ProviderRoutingOptions | None = None


class Embedding(BaseModel):
    """The `Embedding` schema."""

    object: str | None = None
    embedding: list[int | float] | None = None
    index: int | None = None


class EmbeddingsResponse(BaseModel):
    """The `EmbeddingsResponse` schema."""

    object: str | None = None
    data: list[Embedding] | None = None
    model: str | None = None
    usage: Usage | None = None


class TextModerationInput(BaseModel):
    """The `TextModerationInput` schema."""

    type: TextModerationInputType
    text: str


class ImageModerationInputImageUrl(BaseModel):
    """The `image_url` field of `ImageModerationInput`."""

    url: str | None = None


class ImageModerationInput(BaseModel):
    """The `ImageModerationInput` schema."""

    type: ImageModerationInputType
    image_url: ImageModerationInputImageUrl


class ModerationsRequest(BaseModel):
    """The `ModerationsRequest` schema.

    Attributes:
        meta: Server default: False.
        debug: Gateway debug controls. These flags are never forwarded upstream.
        provider: Provider routing preferences for gateway selection.
    """

    model: str
    meta: bool | None = None
    debug: DebugOptions | None = None
    input: str | list[TextModerationInput | ImageModerationInput]
    provider: ProviderRoutingOptions | None = None


class ModerationCategories(BaseModel):
    """The `ModerationCategories` schema."""

    hate: bool | None = None
    hate_threatening: bool | None = Field(default=None, alias="hate/threatening")
    harassment: bool | None = None
    harassment_threatening: bool | None = Field(default=None, alias="harassment/threatening")
    self_harm: bool | None = Field(default=None, alias="self-harm")
    self_harm_intent: bool | None = Field(default=None, alias="self-harm/intent")
    self_harm_instructions: bool | None = Field(default=None, alias="self-harm/instructions")
    sexual: bool | None = None
    sexual_minors: bool | None = Field(default=None, alias="sexual/minors")
    violence: bool | None = None
    violence_graphic: bool | None = Field(default=None, alias="violence/graphic")


class ModerationCategoryScores(BaseModel):
    """The `ModerationCategoryScores` schema."""

    hate: int | float | None = None
    hate_threatening: int | float | None = Field(default=None, alias="hate/threatening")
    harassment: int | float | None = None
    harassment_threatening: int | float | None = Field(default=None, alias="harassment/threatening")
    self_harm: int | float | None = Field(default=None, alias="self-harm")
    self_harm_intent: int | float | None = Field(default=None, alias="self-harm/intent")
    self_harm_instructions: int | float | None = Field(default=None, alias="self-harm/instructions")
    sexual: int | float | None = None
    sexual_minors: int | float | None = Field(default=None, alias="sexual/minors")
    violence: int | float | None = None
    violence_graphic: int | float | None = Field(default=None, alias="violence/graphic")


class ModerationResult(BaseModel):
    """The `ModerationResult` schema."""

    flagged: bool | None = None
    categories: ModerationCategories | None = None
    category_scores: ModerationCategoryScores | None = None


class ModerationsResponseMeta(BaseModel):
    """Included when the request sets meta to true.

    Attributes:
        latency_ms: Milliseconds from upstream dispatch until the first response byte.
        generation_ms: Provider processing milliseconds when reported; otherwise the observed upstream latency.
    """

    latency_ms: int | float | None = None
    generation_ms: int | float | None = None


class ModerationsResponse(BaseModel):
    """The `ModerationsResponse` schema.

    Attributes:
        meta: Included when the request sets meta to true.
    """

    id: str | None = None
    model: str | None = None
    results: list[ModerationResult] | None = None
    meta: ModerationsResponseMeta | None = None


class RerankRequest(BaseModel):
    """The `RerankRequest` schema.

    Attributes:
        top_k: Alias for top_n.
        debug: Gateway debug controls. These flags are never forwarded upstream.
        provider: Provider routing preferences for gateway selection.
    """

    model: str
    query: str
    documents: list[str] | list[dict[str, Any]]
    top_n: int | None = None
    top_k: int | None = None
    return_documents: bool | None = None
    max_chunks_per_doc: int | None = None
    rank_fields: list[str] | None = None
    user: str | None = None
    metadata: dict[str, str] | None = None
    provider_options: dict[str, Any] | None = None
    debug: DebugOptions | None = None
    provider: ProviderRoutingOptions | None = None


class RerankResult(BaseModel):
    """The `RerankResult` schema."""

    index: int | None = None
    relevance_score: int | float | None = None
    document: RerankDocument | None = None


class RerankResponse(BaseModel):
    """The `RerankResponse` schema."""

    object: str | None = None
    id: str | None = None
    native_response_id: str | None = Field(default=None, alias="nativeResponseId")
    model: str | None = None
    results: list[RerankResult] | None = None
    usage: Usage | None = None


class AudioSpeechRequest(BaseModel):
    """The `AudioSpeechRequest` schema.

    Attributes:
        provider: Provider routing preferences for gateway selection.
    """

    model: str
    input: str
    voice: str | None = None
    format: AudioSpeechRequestFormat | None = None
    provider: ProviderRoutingOptions | None = None


class AudioTranscriptionRequestChunkingStrategyVariant1(BaseModel):
    """The `chunking_strategy_variant1` field of `AudioTranscriptionRequest`."""

    type: AudioTranscriptionRequestChunkingStrategyVariant1Type
    prefix_padding_ms: int | None = None
    silence_duration_ms: int | None = None
    threshold: int | float | None = None


class AudioTranscriptionRequest(BaseModel):
    """The `AudioTranscriptionRequest` schema.

    Attributes:
        provider: Provider routing preferences for gateway selection.
    """

    model: str
    audio_url: str | None = None
    audio_b64: str | None = None
    language: str | None = None
    chunking_strategy: (
        AudioTranscriptionRequestChunkingStrategyVariant0
        | AudioTranscriptionRequestChunkingStrategyVariant1
        | None
    ) = None
    known_speaker_names: list[str] | None = None
    known_speaker_references: list[str] | None = None
    provider: ProviderRoutingOptions | None = None


class AudioTranscriptionResponse(BaseModel):
    """The `AudioTranscriptionResponse` schema."""

    text: str | None = None


class AudioTranslationRequest(BaseModel):
    """The `AudioTranslationRequest` schema.

    Attributes:
        provider: Provider routing preferences for gateway selection.
    """

    model: str
    audio_url: str | None = None
    audio_b64: str | None = None
    language: str | None = None
    prompt: str | None = None
    temperature: int | float | None = None
    provider: ProviderRoutingOptions | None = None


class AudioTranslationResponse(BaseModel):
    """The `AudioTranslationResponse` schema."""

    text: str | None = None


class ImagesGenerationRequest(BaseModel):
    """The `ImagesGenerationRequest` schema.

    Attributes:
        provider: Provider routing preferences for gateway selection.
    """

    model: str
    prompt: str
    size: str | None = None
    n: int | None = None
    quality: str | None = None
    response_format: str | None = None
    style: str | None = None
    user: str | None = None
    provider: ProviderRoutingOptions | None = None


class Image(BaseModel):
    """The `Image` schema."""

    url: str | None = None
    b64_json: str | None = None
    revised_prompt: str | None = None


class ImagesGenerationResponse(BaseModel):
    """The `ImagesGenerationResponse` schema."""

    created: int | None = None
    data: list[Image] | None = None


class ImagesEditRequest(BaseModel):
    """The `ImagesEditRequest` schema.

    Attributes:
        provider: Provider routing preferences for gateway selection.
    """

    model: str
    image: str
    mask: str | None = None
    prompt: str
    size: str | None = None
    n: int | None = None
    user: str | None = None
    meta: bool | None = None
    usage: bool | None = None
    provider: ProviderRoutingOptions | None = None


class ImagesEditResponse(BaseModel):
    """The `ImagesEditResponse` schema."""

    created: int | None = None
    data: list[Image] | None = None


class OcrRequest(BaseModel):
    """The `OcrRequest` schema.

    Attributes:
        debug: Gateway debug controls. These flags are never forwarded upstream.
        provider: Provider routing preferences for gateway selection.
    """

    model: str
    image: str
    language: str | None = None
    echo_upstream_request: bool | None = None
    debug: DebugOptions | None = None
    provider: ProviderRoutingOptions | None = None


class ParseRequestDocument(BaseModel):
    """The `document` field of `ParseRequest`.

    Attributes:
        image_url: Remote http(s) image URL or base64 image data URI. Maximum 20 MB and 50 megapixels or 200 MB decoded.
    """

    type: ParseRequestDocumentType
    image_url: str


class ParseRequest(BaseModel):
    """The `ParseRequest` schema.

    Attributes:
        output_format: Server default: 'markdown'.
        debug: Gateway debug controls. These flags are never forwarded upstream.
        provider: Provider routing preferences for gateway selection.
        routing: Provider routing preferences for gateway selection.
    """

    model: str
    document: ParseRequestDocument
    output_format: ParseRequestOutputFormat | None = None
    echo_upstream_request: bool | None = None
    debug: DebugOptions | None = None
    provider: ProviderRoutingOptions | None = None
    routing: ProviderRoutingOptions | None = None


class ParseBoundingBox(BaseModel):
    """The `ParseBoundingBox` schema."""

    top_left_x: int | float
    top_left_y: int | float
    bottom_right_x: int | float
    bottom_right_y: int | float


class ParseImage(BaseModel):
    """The `ParseImage` schema."""

    id: str
    description: str
    category: ParseImageCategory
    bounding_box: ParseBoundingBox
    bounding_box_normalized: ParseBoundingBox


class ParsePageVariant0Markdown(BaseModel):
    """The `markdown` field of `ParsePageVariant0`."""

    content: str
    images: list[ParseImage] | None = None


class ParsePageVariant0(BaseModel):
    """The `variant0` field of `ParsePage`."""

    type: ParsePageVariant0Type
    index: int
    markdown: ParsePageVariant0Markdown


class ParseBlockVariant0Text(BaseModel):
    """The `text` field of `ParseBlockVariant0`."""

    content: str


class ParseBlockVariant0(BaseModel):
    """The `variant0` field of `ParseBlock`."""

    type: ParseBlockVariant0Type
    text: ParseBlockVariant0Text


class ParseBlockVariant1(BaseModel):
    """The `variant1` field of `ParseBlock`."""

    type: ParseBlockVariant1Type
    image: ParseImage


class ParseBlockVariant2Table(BaseModel):
    """The `table` field of `ParseBlockVariant2`."""

    type: ParseBlockVariant2TableType
    html: str
    title: str | None = None
    description: str | None = None
    bounding_box: ParseBoundingBox
    bounding_box_normalized: ParseBoundingBox


class ParseBlockVariant2(BaseModel):
    """The `variant2` field of `ParseBlock`."""

    type: ParseBlockVariant2Type
    table: ParseBlockVariant2Table


class ParsePageVariant1(BaseModel):
    """The `variant1` field of `ParsePage`."""

    type: ParsePageVariant1Type
    index: int
    blocks: list[ParseBlock]


class ParseResponse(BaseModel):
    """The `ParseResponse` schema."""

    id: str
    object: ParseResponseObject
    model: str
    provider: str
    pages: list[ParsePage]
    meta: dict[str, Any] | None = None
    usage: dict[str, Any] | None = None


class MusicGenerateRequestSuno(BaseModel):
    """The `suno` field of `MusicGenerateRequest`."""

    prompt: str | None = None
    style: str | None = None
    title: str | None = None
    custom_mode: bool | None = Field(default=None, alias="customMode")
    instrumental: bool | None = None
    persona_id: str | None = Field(default=None, alias="personaId")
    model: str | None = None
    negative_tags: str | None = Field(default=None, alias="negativeTags")
    vocal_gender: MusicGenerateRequestSunoVocalGender | None = Field(
        default=None, alias="vocalGender"
    )
    style_weight: int | float | None = Field(default=None, alias="styleWeight")
    weirdness_constraint: int | float | None = Field(default=None, alias="weirdnessConstraint")
    audio_weight: int | float | None = Field(default=None, alias="audioWeight")
    call_back_url: str | None = Field(default=None, alias="callBackUrl")


class MusicGenerateRequestElevenlabs(BaseModel):
    """The `elevenlabs` field of `MusicGenerateRequest`."""

    prompt: str | None = None
    composition_plan: dict[str, Any] | None = None
    music_length_ms: int | None = None
    field_model_id: str | None = Field(default=None, alias="model_id")
    force_instrumental: bool | None = None
    store_for_inpainting: bool | None = None
    with_timestamps: bool | None = None
    sign_with_c2pa: bool | None = None
    output_format: str | None = None


class MusicGenerateRequest(BaseModel):
    """The `MusicGenerateRequest` schema.

    Attributes:
        provider: Provider routing preferences for gateway selection.
        debug: Gateway debug controls. These flags are never forwarded upstream.
    """

    model: str
    prompt: str | None = None
    duration: int | None = None
    format: MusicGenerateRequestFormat | None = None
    provider: ProviderRoutingOptions | None = None
    suno: MusicGenerateRequestSuno | None = None
    elevenlabs: MusicGenerateRequestElevenlabs | None = None
    echo_upstream_request: bool | None = None
    debug: DebugOptions | None = None


class MusicGenerateResponse(BaseModel):
    """The `MusicGenerateResponse` schema.

    Attributes:
        id: Stable Phaseo request ID used with GET /music/generate/{music_id}.
        native_response_id: Upstream provider identifier for correlation and support.
        result: Provider result metadata normalized by Phaseo.
    """

    id: str
    object: MusicGenerateResponseObject
    status: MusicGenerateResponseStatus
    model: str
    provider: str
    native_response_id: str | None = Field(default=None, alias="nativeResponseId")
    audio_url: str | None = None
    audio_base64: str | None = None
    result: Any = None
    output: list[dict[str, Any]] | None = None
    usage: dict[str, Any] | None = None


class FileUploadRequest(BaseModel):
    """The `FileUploadRequest` schema."""

    file: FileInput
    purpose: str


class FileResponse(BaseModel):
    """The `FileResponse` schema."""

    id: str | None = None
    object: str | None = None
    bytes: int | None = None
    created_at: int | None = None
    filename: str | None = None
    purpose: str | None = None
    status: str | None = None
    status_details: dict[str, Any] | None = None


class ActivityEntry(BaseModel):
    """The `ActivityEntry` schema."""

    date: Date
    model: str
    field_model_permaslug: str = Field(alias="model_permaslug")
    endpoint_id: str
    provider_name: str
    usage: int | float
    byok_usage_inference: int | float
    requests: int
    prompt_tokens: int
    completion_tokens: int
    reasoning_tokens: int


class AnalyticsResponse(BaseModel):
    """The `AnalyticsResponse` schema."""

    data: list[ActivityEntry]
    total_count: int
    offset: int
    limit: int


class CreditsResponseCredits(BaseModel):
    """The `credits` field of `CreditsResponse`."""

    remaining: int
    balance_nanos: int
    reserved_nanos: int
    available_nanos: int
    thirty_day_usage: int | None
    thirty_day_requests: int


class CreditsResponse(BaseModel):
    """The `CreditsResponse` schema."""

    ok: bool
    credits: CreditsResponseCredits


class ApiKeyLimitBucket(BaseModel):
    """The `ApiKeyLimitBucket` schema.

    Attributes:
        cost: Spend limit in USD.
    """

    requests: int | None
    cost: int | float | None


class ApiKeyLimitWindows(BaseModel):
    """The `ApiKeyLimitWindows` schema."""

    daily: ApiKeyLimitBucket
    weekly: ApiKeyLimitBucket
    monthly: ApiKeyLimitBucket


class ApiKeyUsageBucket(BaseModel):
    """The `ApiKeyUsageBucket` schema.

    Attributes:
        cost: Spend in USD.
    """

    requests: int
    cost: int | float


class ApiKeyUsageWindows(BaseModel):
    """The `ApiKeyUsageWindows` schema."""

    total: ApiKeyUsageBucket
    daily: ApiKeyUsageBucket
    weekly: ApiKeyUsageBucket
    monthly: ApiKeyUsageBucket


class ApiKey(BaseModel):
    """The `ApiKey` schema.

    Attributes:
        include_byok_in_limit: Whether provider credentials count toward the key spend limit. Currently always false.
        limit: Active spend limit in USD.
    """

    id: str
    hash: str
    workspace_id: str
    name: str | None
    label: str | None
    prefix: str | None
    status: str | None
    disabled: bool
    soft_blocked: bool
    scopes: ApiKeyScopeValue
    creator_user_id: str | None
    created_by: str | None
    created_at: DateTime | None
    updated_at: DateTime | None
    last_used_at: DateTime | None
    expires_at: DateTime | None
    include_byok_in_limit: bool
    limit: int | float | None
    limit_reset: ApiKeyLimitReset | None
    limit_remaining: int | float | None
    usage: int | float
    usage_daily: int | float
    usage_weekly: int | float
    usage_monthly: int | float
    limits: ApiKeyLimitWindows
    usage_details: ApiKeyUsageWindows


class ApiKeyResponse(BaseModel):
    """The `ApiKeyResponse` schema."""

    data: ApiKey


class ApiKeyListResponse(BaseModel):
    """The `ApiKeyListResponse` schema."""

    data: list[ApiKey]
    total_count: int


class ApiKeyLimitInputBucket(BaseModel):
    """The `ApiKeyLimitInputBucket` schema.

    Attributes:
        cost: Spend limit in USD.
    """

    requests: int | None = None
    cost: int | float | None = None


class ApiKeyLimitInputWindows(BaseModel):
    """The `ApiKeyLimitInputWindows` schema."""

    daily: ApiKeyLimitInputBucket | None = None
    weekly: ApiKeyLimitInputBucket | None = None
    monthly: ApiKeyLimitInputBucket | None = None


class ApiKeyCreateRequest(BaseModel):
    """The `ApiKeyCreateRequest` schema.

    Attributes:
        workspace_id: Optional workspace override for internal callers.
        limit: Optional spend limit in USD for this key.
        limit_reset: Period used for the spend limit window.
        include_byok_in_limit: Accepted for compatibility. Current Phaseo behavior always excludes BYOK from this limit field.
        disabled: Server default: False.
        soft_blocked: Server default: False.
    """

    name: str
    workspace_id: str | None = None
    scopes: ApiKeyScopeValue | None = None
    limit: int | float | None = None
    limit_reset: ApiKeyCreateRequestLimitReset | None = None
    include_byok_in_limit: bool | None = None
    expires_at: DateTime | None = None
    disabled: bool | None = None
    soft_blocked: bool | None = None
    limits: ApiKeyLimitInputWindows | None = None


class ApiKeyWithValue(ApiKey):
    """The `ApiKeyWithValue` schema.

    Attributes:
        key: Plaintext API key. Returned only once at creation time.
    """

    key: str


class ApiKeyWithValueResponse(BaseModel):
    """The `ApiKeyWithValueResponse` schema."""

    data: ApiKeyWithValue


class ApiKeyUpdateRequest(BaseModel):
    """The `ApiKeyUpdateRequest` schema.

    Attributes:
        limit: Optional spend limit in USD for this key. Set null to clear.
        limit_reset: Period used for the spend limit window.
        include_byok_in_limit: Accepted for compatibility. Current Phaseo behavior always excludes BYOK from this limit field.
    """

    name: str | None = None
    scopes: ApiKeyScopeValue | None = None
    limit: int | float | None = None
    limit_reset: ApiKeyUpdateRequestLimitReset | None = None
    include_byok_in_limit: bool | None = None
    expires_at: DateTime | None = None
    disabled: bool | None = None
    soft_blocked: bool | None = None
    limits: ApiKeyLimitInputWindows | None = None


class DeletedResponse(BaseModel):
    """The `DeletedResponse` schema."""

    deleted: bool


class ApiKeyRotateRequest(BaseModel):
    """The `ApiKeyRotateRequest` schema.

    Attributes:
        name: Optional replacement key name.
        previous_key_expires_at: Optional expiry for the previous key. Omit to leave it unchanged.
    """

    name: str | None = None
    previous_key_expires_at: DateTime | None = None


class ApiKeyRotateResponse(BaseModel):
    """The `ApiKeyRotateResponse` schema."""

    data: ApiKeyWithValue
    previous_key_expires_at: DateTime | None


class KeyInvalidateResponseKey(BaseModel):
    """The `key` field of `KeyInvalidateResponse`."""

    id: str
    kid: str | None = None
    workspace_id: str
    status: str | None = None


class KeyInvalidateResponse(BaseModel):
    """The `KeyInvalidateResponse` schema."""

    ok: bool
    key: KeyInvalidateResponseKey
    message: str


class WorkspaceSsoSettings(BaseModel):
    """The `WorkspaceSsoSettings` schema."""

    enabled: bool
    enforced: bool
    mode: WorkspaceSsoSettingsMode
    provider_identifier: str | None
    domains: list[str]


class WorkspaceSsoResponse(BaseModel):
    """The `WorkspaceSsoResponse` schema."""

    data: WorkspaceSsoSettings


class WorkspaceSsoUpdateRequest(BaseModel):
    """The `WorkspaceSsoUpdateRequest` schema."""

    enabled: bool
    enforced: bool | None = None
    mode: WorkspaceSsoUpdateRequestMode
    provider_identifier: str | None = None
    domains: list[str] | None = None


class WorkspaceScimEndpoint(BaseModel):
    """The `WorkspaceScimEndpoint` schema."""

    id: str
    enabled: bool
    created_at: DateTime | None = None
    updated_at: DateTime | None = None


class WorkspaceScimToken(BaseModel):
    """The `WorkspaceScimToken` schema."""

    id: str
    token_prefix: str
    label: str
    created_at: DateTime | None = None
    expires_at: DateTime | None = None
    last_used_at: DateTime | None = None
    revoked_at: DateTime | None = None


class WorkspaceScimEvent(BaseModel):
    """The `WorkspaceScimEvent` schema."""

    id: str | None = None
    request_id: str | None = None
    correlation_id: str | None = None
    action: str | None = None
    resource_type: str | None = None
    resource_id: str | None = None
    outcome: str | None = None
    http_status: int | None = None
    scim_type: str | None = None
    detail: dict[str, Any] | None = None
    created_at: DateTime | None = None


class WorkspaceScimResponseData(BaseModel):
    """The `data` field of `WorkspaceScimResponse`."""

    endpoint: WorkspaceScimEndpoint | None
    tokens: list[WorkspaceScimToken]
    user_count: int
    group_count: int
    last_event: WorkspaceScimEvent | None


class WorkspaceScimResponse(BaseModel):
    """The `WorkspaceScimResponse` schema."""

    data: WorkspaceScimResponseData


class WorkspaceScimUpdateRequest(BaseModel):
    """The `WorkspaceScimUpdateRequest` schema."""

    enabled: bool


class WorkspaceScimEndpointResponse(BaseModel):
    """The `WorkspaceScimEndpointResponse` schema."""

    data: WorkspaceScimEndpoint


class WorkspaceScimTokenCreateRequest(BaseModel):
    """The `WorkspaceScimTokenCreateRequest` schema."""

    label: str | None = None
    expires_at: DateTime | None = None


class WorkspaceScimTokenCreateResponseData(BaseModel):
    """The `data` field of `WorkspaceScimTokenCreateResponse`.

    Attributes:
        token: Raw SCIM bearer token. Returned only once.
    """

    id: str
    token_prefix: str
    label: str
    created_at: DateTime | None = None
    expires_at: DateTime | None = None
    last_used_at: DateTime | None = None
    revoked_at: DateTime | None = None
    token: str


class WorkspaceScimTokenCreateResponse(BaseModel):
    """The `WorkspaceScimTokenCreateResponse` schema."""

    data: WorkspaceScimTokenCreateResponseData


class WorkspaceScimAuditResponse(BaseModel):
    """The `WorkspaceScimAuditResponse` schema."""

    data: list[WorkspaceScimEvent]


class WorkspaceDepartment(BaseModel):
    """The `WorkspaceDepartment` schema."""

    id: str
    name: str
    description: str | None = None
    icon: str | None = None
    color: str | None = None
    source_type: WorkspaceDepartmentSourceType | None = None
    source_id: str | None = None
    directory_name: str | None = None
    name_overridden: bool | None = None
    created_at: DateTime | None = None
    updated_at: DateTime | None = None


class WorkspaceDirectoryMember(BaseModel):
    """The `WorkspaceDirectoryMember` schema."""

    user_id: str
    display_name: str
    email: str | None = None
    workspace_role: str
    effective_role: WorkspaceDirectoryMemberEffectiveRole
    access_source: str
    department: WorkspaceDepartment | None
    department_source: str
    directory_department: str | None = None
    role_override: WorkspaceDirectoryMemberRoleOverride | None
    department_override_enabled: bool
    department_override_id: str | None
    status: WorkspaceDirectoryMemberStatus
    joined_at: DateTime | None = None


class WorkspaceDirectoryResponseData(BaseModel):
    """The `data` field of `WorkspaceDirectoryResponse`."""

    departments: list[WorkspaceDepartment]
    members: list[WorkspaceDirectoryMember]


class WorkspaceDirectoryResponse(BaseModel):
    """The `WorkspaceDirectoryResponse` schema."""

    data: WorkspaceDirectoryResponseData


class WorkspaceDirectoryMemberUpdateRequest(BaseModel):
    """The `WorkspaceDirectoryMemberUpdateRequest` schema.

    Attributes:
        department_mode: Server default: 'directory'.
        department_position: Server default: 'member'.
    """

    access_role: WorkspaceDirectoryMemberUpdateRequestAccessRole | None = None
    department_mode: WorkspaceDirectoryMemberUpdateRequestDepartmentMode | None = None
    department_id: str | None = None
    department_position: WorkspaceDirectoryMemberUpdateRequestDepartmentPosition | None = None


class UpdatedResponseData(BaseModel):
    """The `data` field of `UpdatedResponse`."""

    updated: bool


class UpdatedResponse(BaseModel):
    """The `UpdatedResponse` schema."""

    data: UpdatedResponseData


class WorkspaceDepartmentListResponse(BaseModel):
    """The `WorkspaceDepartmentListResponse` schema."""

    data: list[WorkspaceDepartment]


class WorkspaceDepartmentInput(BaseModel):
    """The `WorkspaceDepartmentInput` schema."""

    name: str | None = None
    description: str | None = None
    icon: WorkspaceDepartmentInputIcon | None = None
    color: WorkspaceDepartmentInputColor | None = None


class WorkspaceDepartmentCreateRequest(WorkspaceDepartmentInput):
    """The `WorkspaceDepartmentCreateRequest` schema."""


class WorkspaceDepartmentResponse(BaseModel):
    """The `WorkspaceDepartmentResponse` schema."""

    data: WorkspaceDepartment


class WorkspaceDepartmentMemberRequest(BaseModel):
    """The `WorkspaceDepartmentMemberRequest` schema.

    Attributes:
        position: Server default: 'member'.
        primary: Server default: False.
    """

    position: WorkspaceDepartmentMemberRequestPosition | None = None
    primary: bool | None = None


class WorkspaceDepartmentMember(BaseModel):
    """The `WorkspaceDepartmentMember` schema."""

    user_id: str
    department_id: str
    position: WorkspaceDepartmentMemberPosition
    is_primary: bool


class WorkspaceDepartmentMemberResponse(BaseModel):
    """The `WorkspaceDepartmentMemberResponse` schema."""

    data: WorkspaceDepartmentMember


class WorkspaceGroupMapping(BaseModel):
    """The `WorkspaceGroupMapping` schema."""

    id: str
    scim_group_id: str
    department_id: str
    access_role: WorkspaceGroupMappingAccessRole
    department_position: WorkspaceGroupMappingDepartmentPosition
    created_at: DateTime | None = None
    updated_at: DateTime | None = None


class WorkspaceGroupMappingListResponse(BaseModel):
    """The `WorkspaceGroupMappingListResponse` schema."""

    data: list[WorkspaceGroupMapping]


class WorkspaceGroupMappingCreateRequest(BaseModel):
    """The `WorkspaceGroupMappingCreateRequest` schema.

    Attributes:
        access_role: Server default: 'member'.
        department_position: Server default: 'member'.
    """

    scim_group_id: str
    department_id: str
    access_role: WorkspaceGroupMappingCreateRequestAccessRole | None = None
    department_position: WorkspaceGroupMappingCreateRequestDepartmentPosition | None = None


class WorkspaceGroupMappingResponse(BaseModel):
    """The `WorkspaceGroupMappingResponse` schema."""

    data: WorkspaceGroupMapping


class WorkspaceGroupMappingUpdateRequest(BaseModel):
    """The `WorkspaceGroupMappingUpdateRequest` schema."""

    access_role: WorkspaceGroupMappingUpdateRequestAccessRole | None = None
    department_position: WorkspaceGroupMappingUpdateRequestDepartmentPosition | None = None


class WorkspaceAutoTopUpSettings(BaseModel):
    """The `WorkspaceAutoTopUpSettings` schema."""

    enabled: bool
    balance_threshold_nanos: int
    amount_nanos: int
    payment_method_id: str | None


class WorkspaceLowBalanceEmailSettings(BaseModel):
    """The `WorkspaceLowBalanceEmailSettings` schema."""

    enabled: bool
    threshold_usd: int | float


class WorkspaceNotificationEmailPreferences(BaseModel):
    """The `WorkspaceNotificationEmailPreferences` schema."""

    auto_top_up_failure: bool
    payment_method_expiring: bool
    field_model_deprecation: bool = Field(alias="model_deprecation")


class WorkspaceNotificationSettings(BaseModel):
    """The `WorkspaceNotificationSettings` schema."""

    auto_top_up: WorkspaceAutoTopUpSettings
    low_balance_email: WorkspaceLowBalanceEmailSettings
    email_preferences: WorkspaceNotificationEmailPreferences


class WorkspaceNotificationSettingsResponse(BaseModel):
    """The `WorkspaceNotificationSettingsResponse` schema."""

    data: WorkspaceNotificationSettings


class WorkspaceAutoTopUpUpdate(BaseModel):
    """The `WorkspaceAutoTopUpUpdate` schema."""

    enabled: bool
    balance_threshold_nanos: int | None = None
    amount_nanos: int | None = None
    payment_method_id: str | None = None


class WorkspaceLowBalanceEmailUpdate(BaseModel):
    """The `WorkspaceLowBalanceEmailUpdate` schema."""

    enabled: bool
    threshold_usd: int | float | None = None


class WorkspaceNotificationEmailPreferencesUpdate(BaseModel):
    """The `WorkspaceNotificationEmailPreferencesUpdate` schema."""

    auto_top_up_failure: bool | None = None
    payment_method_expiring: bool | None = None
    field_model_deprecation: bool | None = Field(default=None, alias="model_deprecation")


class WorkspaceNotificationSettingsUpdateRequest(BaseModel):
    """The `WorkspaceNotificationSettingsUpdateRequest` schema."""

    auto_top_up: WorkspaceAutoTopUpUpdate | None = None
    low_balance_email: WorkspaceLowBalanceEmailUpdate | None = None
    email_preferences: WorkspaceNotificationEmailPreferencesUpdate | None = None


class WorkspaceApp(BaseModel):
    """The `WorkspaceApp` schema."""

    id: str
    title: str
    app_key: str
    category: str | None
    docs_url: str | None
    url: str | None
    image_url: str | None
    is_public: bool
    is_active: bool
    is_managed: bool
    last_seen: DateTime | None
    created_at: DateTime | None


class WorkspaceAppListResponse(BaseModel):
    """The `WorkspaceAppListResponse` schema."""

    data: list[WorkspaceApp]
    total_count: int
    offset: int
    limit: int


class WorkspaceAppUpdateRequest(BaseModel):
    """The `WorkspaceAppUpdateRequest` schema."""

    title: str | None = None
    url: str | None = None
    docs_url: str | None = None
    image_url: str | None = None
    is_public: bool | None = None
    is_active: bool | None = None
    category: str | None = None


class WorkspaceAppResponse(BaseModel):
    """The `WorkspaceAppResponse` schema."""

    data: WorkspaceApp


class WorkspaceAppMergeRequest(BaseModel):
    """The `WorkspaceAppMergeRequest` schema."""

    target_app_id: str


class WorkspaceAppMergeResponseData(BaseModel):
    """The `data` field of `WorkspaceAppMergeResponse`."""

    source_app_id: str
    target_app_id: str
    merged: bool


class WorkspaceAppMergeResponse(BaseModel):
    """The `WorkspaceAppMergeResponse` schema."""

    data: WorkspaceAppMergeResponseData


class GatewayRequestLog(BaseModel):
    """The `GatewayRequestLog` schema."""

    request_id: str | None = None
    created_at: DateTime | None = None
    endpoint: str | None = None
    field_model_id: str | None = Field(default=None, alias="model_id")
    requested_model_id: str | None = None
    routed_model_id: str | None = None
    canonical_model_id: str | None = None
    provider: str | None = None
    status_code: int | None = None
    success: bool | None = None
    error_code: str | None = None
    latency_ms: int | float | None = None
    generation_ms: int | float | None = None
    usage: dict[str, Any] | None = None
    cost_nanos: int | None = None
    currency: str | None = None
    pricing_lines: list[dict[str, Any]] | None = None
    key_id: str | None = None
    auth_method: str | None = None
    oauth_client_id: str | None = None
    stream: bool | None = None
    byok: bool | None = None
    native_response_id: str | None = None
    throughput: int | float | None = None
    location: str | None = None
    finish_reason: str | None = None


class GatewayRequestLogListResponse(BaseModel):
    """The `GatewayRequestLogListResponse` schema."""

    ok: bool
    data: list[GatewayRequestLog]
    total: int
    limit: int
    offset: int
    from_time: DateTime
    to_time: DateTime | None


class GatewayRequestLogResponse(BaseModel):
    """The `GatewayRequestLogResponse` schema."""

    ok: bool
    data: GatewayRequestLog


class GatewayFeedback(BaseModel):
    """The `GatewayFeedback` schema."""

    id: str
    workspace_id: str
    request_id: str | None
    session_id: str | None
    preset_id: str | None
    test_run_id: str | None
    source: GatewayFeedbackSource
    rating: str | None
    score: int | float | None
    reason: str | None
    reason_tags: list[str]
    comment: str | None
    metadata: dict[str, Any]
    metadata_dimensions: dict[str, str]
    end_user_id: str | None
    created_by_user_id: str | None
    created_at: DateTime


class GatewayFeedbackListResponse(BaseModel):
    """The `GatewayFeedbackListResponse` schema."""

    data: list[GatewayFeedback]


class GatewayFeedbackCreateRequest(BaseModel):
    """The `GatewayFeedbackCreateRequest` schema."""

    request_id: str | None = None
    session_id: str | None = None
    preset_id: str | None = None
    test_run_id: str | None = None
    source: GatewayFeedbackCreateRequestSource | None = None
    rating: str | None = None
    score: int | float | None = None
    reason: str | None = None
    reason_tags: list[str] | None = None
    comment: str | None = None
    metadata: dict[str, Any] | None = None
    metadata_dimensions: dict[str, Any] | None = None
    end_user_id: str | None = None


class GatewayFeedbackResponse(BaseModel):
    """The `GatewayFeedbackResponse` schema."""

    data: GatewayFeedback


class GatewayFeedbackSummaryRow(BaseModel):
    """The `GatewayFeedbackSummaryRow` schema."""

    preset_id: str | None = None
    test_run_id: str | None = None
    metadata_key: str | None = None
    metadata_value: str | None = None
    count: int
    positive: int
    negative: int
    partial: int
    average_score: int | float | None
    ratings: dict[str, int]
    last_feedback_at: DateTime | None


class GatewayFeedbackSummaryResponse(BaseModel):
    """The `GatewayFeedbackSummaryResponse` schema."""

    group_by: GatewayFeedbackSummaryResponseGroupBy
    data: list[GatewayFeedbackSummaryRow]


class GatewayObservabilityEvent(BaseModel):
    """The `GatewayObservabilityEvent` schema."""

    id: str
    workspace_id: str
    request_id: str | None
    session_id: str | None
    preset_id: str | None
    test_run_id: str | None
    category: GatewayObservabilityEventCategory
    event_name: str
    value: Any
    numeric_value: int | float | None
    metadata: dict[str, Any]
    metadata_dimensions: dict[str, str]
    end_user_id: str | None
    source: GatewayObservabilityEventSource
    occurred_at: DateTime
    created_by_user_id: str | None
    created_at: DateTime


class GatewayObservabilityEventListResponse(BaseModel):
    """The `GatewayObservabilityEventListResponse` schema."""

    data: list[GatewayObservabilityEvent]


class GatewayObservabilityEventCreateRequest(BaseModel):
    """The `GatewayObservabilityEventCreateRequest` schema."""

    request_id: str | None = None
    session_id: str | None = None
    preset_id: str | None = None
    test_run_id: str | None = None
    category: GatewayObservabilityEventCreateRequestCategory | None = None
    event_name: str
    value: Any = None
    numeric_value: int | float | None = None
    metadata: dict[str, Any] | None = None
    metadata_dimensions: dict[str, Any] | None = None
    end_user_id: str | None = None
    source: GatewayObservabilityEventCreateRequestSource | None = None
    occurred_at: DateTime | None = None


class GatewayObservabilityEventResponse(BaseModel):
    """The `GatewayObservabilityEventResponse` schema."""

    data: GatewayObservabilityEvent


class PresetTestRun(BaseModel):
    """The `PresetTestRun` schema."""

    id: str
    workspace_id: str
    preset_id: str | None
    baseline_preset_id: str | None
    name: str | None
    description: str | None
    status: PresetTestRunStatus
    dataset_name: str | None
    config: dict[str, Any]
    summary: dict[str, Any]
    started_at: DateTime | None
    completed_at: DateTime | None
    created_by_user_id: str | None
    created_at: DateTime
    updated_at: DateTime


class PresetTestRunListResponse(BaseModel):
    """The `PresetTestRunListResponse` schema."""

    data: list[PresetTestRun]


class PresetTestRunCreateRequest(BaseModel):
    """The `PresetTestRunCreateRequest` schema."""

    preset_id: str | None = None
    baseline_preset_id: str | None = None
    name: str | None = None
    description: str | None = None
    status: PresetTestRunCreateRequestStatus | None = None
    dataset_name: str | None = None
    config: dict[str, Any] | None = None
    summary: dict[str, Any] | None = None
    started_at: DateTime | None = None
    completed_at: DateTime | None = None


class PresetTestRunResponse(BaseModel):
    """The `PresetTestRunResponse` schema."""

    data: PresetTestRun


class PresetTestRunDetailResponse(BaseModel):
    """The `PresetTestRunDetailResponse` schema."""

    data: PresetTestRun
    feedback_summary: GatewayFeedbackSummaryRow | None


class PresetTestRunUpdateRequest(BaseModel):
    """The `PresetTestRunUpdateRequest` schema."""

    name: str | None = None
    description: str | None = None
    status: PresetTestRunUpdateRequestStatus | None = None
    summary: dict[str, Any] | None = None
    started_at: DateTime | None = None
    completed_at: DateTime | None = None


class ProviderCredential(BaseModel):
    """The `ProviderCredential` schema."""

    id: str
    workspace_id: str
    provider_id: str
    name: str
    enabled: bool
    disabled: bool
    always_use: bool | None = None
    routing_mode: ProviderCredentialRoutingMode
    is_fallback: bool
    sort_order: int
    prefix: str | None = None
    suffix: str | None = None
    verification_status: str | None = None
    error_message: str | None = None
    last_verified_at: DateTime | None = None
    last_used_at: DateTime | None = None
    created_at: DateTime | None = None
    created_by: str | None = None
    allowed_model_slugs: list[str] | None = None
    allowed_api_key_ids: list[str] | None = None


class ProviderCredentialListResponse(BaseModel):
    """The `ProviderCredentialListResponse` schema."""

    data: list[ProviderCredential]
    total_count: int


class ProviderCredentialCreateRequest(BaseModel):
    """The `ProviderCredentialCreateRequest` schema.

    Attributes:
        key: Write-only: sent, never returned. Raw credential. Encrypted and never returned.
        enabled: Server default: True.
    """

    provider: str
    name: str
    key: str
    enabled: bool | None = None
    routing_mode: ProviderCredentialRoutingMode | None = None
    allowed_models: list[str] | None = None
    allowed_api_key_ids: list[str] | None = None


class ProviderCredentialResponse(BaseModel):
    """The `ProviderCredentialResponse` schema."""

    data: ProviderCredential


class ProviderCredentialReorderRequest(BaseModel):
    """The `ProviderCredentialReorderRequest` schema."""

    provider: str
    routing_mode: ProviderCredentialRoutingMode
    key_ids: list[str]


class ProviderCredentialReorderResponse(BaseModel):
    """The `ProviderCredentialReorderResponse` schema."""

    reordered: bool


class ProviderCredentialUpdateRequest(BaseModel):
    """The `ProviderCredentialUpdateRequest` schema.

    Attributes:
        key: Write-only: sent, never returned. Replacement raw credential. Encrypted and never returned.
    """

    name: str | None = None
    key: str | None = None
    enabled: bool | None = None
    routing_mode: ProviderCredentialRoutingMode | None = None
    allowed_models: list[str] | None = None
    allowed_api_key_ids: list[str] | None = None


class ProviderCredentialDeleteResponse(BaseModel):
    """The `ProviderCredentialDeleteResponse` schema."""

    deleted: bool


class WorkspaceBudget(BaseModel):
    """The `WorkspaceBudget` schema."""

    id: str
    workspace_id: str
    interval: WorkspaceBudgetInterval
    limit: int | float
    limit_nanos: int
    usage: int | float
    usage_nanos: int
    remaining: int | float
    remaining_nanos: int
    exceeded: bool
    window_start: DateTime | None = None
    reset_at: DateTime | None = None
    created_by: str | None = None
    created_at: DateTime
    updated_at: DateTime


class WorkspaceBudgetListResponse(BaseModel):
    """The `WorkspaceBudgetListResponse` schema."""

    data: list[WorkspaceBudget]


class WorkspaceBudgetInput(BaseModel):
    """The `WorkspaceBudgetInput` schema."""

    interval: WorkspaceBudgetInterval
    limit: int | float


class WorkspaceBudgetResponse(BaseModel):
    """The `WorkspaceBudgetResponse` schema."""

    data: WorkspaceBudget


class WorkspaceBudgetUpdateInput(BaseModel):
    """The `WorkspaceBudgetUpdateInput` schema."""

    interval: WorkspaceBudgetInterval | None = None
    limit: int | float | None = None


class WorkspaceBudgetDeleteResponseData(BaseModel):
    """The `data` field of `WorkspaceBudgetDeleteResponse`."""

    id: str
    deleted: bool


class WorkspaceBudgetDeleteResponse(BaseModel):
    """The `WorkspaceBudgetDeleteResponse` schema."""

    data: WorkspaceBudgetDeleteResponseData


class WorkspaceNotificationDestination(BaseModel):
    """The `WorkspaceNotificationDestination` schema."""

    id: str
    name: str
    type: WorkspaceNotificationDestinationType
    target_preview: str
    status: WorkspaceNotificationDestinationStatus
    created_at: DateTime | None = None
    updated_at: DateTime | None = None


class WorkspaceNotificationDestinationListResponse(BaseModel):
    """The `WorkspaceNotificationDestinationListResponse` schema."""

    data: list[WorkspaceNotificationDestination]


class WorkspaceNotificationDestinationCreateRequest(BaseModel):
    """The `WorkspaceNotificationDestinationCreateRequest` schema.

    Attributes:
        target: Destination address, URL, or JSON-encoded provider configuration. Stored encrypted and never returned.
    """

    name: str
    type: WorkspaceNotificationDestinationType
    target: str


class WorkspaceNotificationDestinationResponse(BaseModel):
    """The `WorkspaceNotificationDestinationResponse` schema."""

    data: WorkspaceNotificationDestination


class WorkspaceNotificationDestinationTestRequest(BaseModel):
    """The `WorkspaceNotificationDestinationTestRequest` schema."""

    type: WorkspaceNotificationDestinationType
    target: str


class WorkspaceNotificationTestResponseData(BaseModel):
    """The `data` field of `WorkspaceNotificationTestResponse`."""

    delivered: bool
    status: int | None


class WorkspaceNotificationTestResponse(BaseModel):
    """The `WorkspaceNotificationTestResponse` schema."""

    data: WorkspaceNotificationTestResponseData


class WorkspaceNotificationRouteMap(BaseModel):
    """The `WorkspaceNotificationRouteMap` schema."""

    low_balance: list[str]
    auto_top_up_failed: list[str]
    payment_method_expiring: list[str]
    field_model_deprecation: list[str] = Field(alias="model_deprecation")


class WorkspaceNotificationRoutesResponse(BaseModel):
    """The `WorkspaceNotificationRoutesResponse` schema."""

    data: WorkspaceNotificationRouteMap


class WorkspaceNotificationRouteUpdateRequest(BaseModel):
    """The `WorkspaceNotificationRouteUpdateRequest` schema."""

    destination_ids: list[str]


class WorkspaceNotificationRoute(BaseModel):
    """The `WorkspaceNotificationRoute` schema."""

    event_kind: WorkspaceNotificationEventKind
    destination_ids: list[str]


class WorkspaceNotificationRouteResponse(BaseModel):
    """The `WorkspaceNotificationRouteResponse` schema."""

    data: WorkspaceNotificationRoute


class DataContributionOverviewResponseDataLast30Days(BaseModel):
    """The `last30Days` field of `DataContributionOverviewResponseData`."""

    contributions: int
    discount_nanos: int = Field(alias="discountNanos")


class DataContributionClassifier(BaseModel):
    """The `DataContributionClassifier` schema."""

    id: str
    slug: str
    name: str
    description: str | None = None
    kind: DataContributionClassifierKind
    instructions: str
    categories: DataContributionCategories
    model: str
    service_tier: DataContributionClassifierServiceTier
    sample_rate_bps: int
    enabled: bool
    created_at: DateTime | None = None
    updated_at: DateTime | None = None


class DataContributionOverviewResponseData(BaseModel):
    """The `data` field of `DataContributionOverviewResponse`."""

    enabled: bool
    policy_version: str = Field(alias="policyVersion")
    consented_at: DateTime | None = Field(default=None, alias="consentedAt")
    sample_rate_bps: int = Field(alias="sampleRateBps")
    classifier_sample_rate_bps: int = Field(alias="classifierSampleRateBps")
    discount_bps: int = Field(alias="discountBps")
    last30_days: DataContributionOverviewResponseDataLast30Days = Field(alias="last30Days")
    classifiers: list[DataContributionClassifier]
    analytics: list[dict[str, Any]]
    starter_categories: DataContributionCategories = Field(alias="starterCategories")


class DataContributionOverviewResponse(BaseModel):
    """The `DataContributionOverviewResponse` schema."""

    data: DataContributionOverviewResponseData


class DataContributionConsentRequest(BaseModel):
    """The `DataContributionConsentRequest` schema."""

    enabled: bool
    reason: str | None = None


class DataContributionConsentResponseData(BaseModel):
    """The `data` field of `DataContributionConsentResponse`."""

    enabled: bool
    policy_version: str = Field(alias="policyVersion")
    sample_rate_bps: int = Field(alias="sampleRateBps")
    classifier_sample_rate_bps: int = Field(alias="classifierSampleRateBps")
    discount_bps: int = Field(alias="discountBps")


class DataContributionConsentResponse(BaseModel):
    """The `DataContributionConsentResponse` schema."""

    data: DataContributionConsentResponseData


class DataContributionClassifierCreateRequest(BaseModel):
    """The `DataContributionClassifierCreateRequest` schema."""

    name: str
    slug: str | None = None
    description: str | None = None
    instructions: str
    categories: DataContributionCategories
    model: str | None = None
    service_tier: DataContributionClassifierCreateRequestServiceTier | None = Field(
        default=None, alias="serviceTier"
    )
    sample_rate_bps: int | None = Field(default=None, alias="sampleRateBps")
    enabled: bool | None = None


class DataContributionClassifierResponse(BaseModel):
    """The `DataContributionClassifierResponse` schema."""

    data: DataContributionClassifier


class DataContributionClassifierInput(BaseModel):
    """The `DataContributionClassifierInput` schema."""

    name: str | None = None
    description: str | None = None
    instructions: str | None = None
    categories: DataContributionCategories | None = None
    model: str | None = None
    service_tier: DataContributionClassifierInputServiceTier | None = Field(
        default=None, alias="serviceTier"
    )
    sample_rate_bps: int | None = Field(default=None, alias="sampleRateBps")
    enabled: bool | None = None


class DataContributionClassifierDeleteResponseData(BaseModel):
    """The `data` field of `DataContributionClassifierDeleteResponse`."""

    deleted: bool


class DataContributionClassifierDeleteResponse(BaseModel):
    """The `DataContributionClassifierDeleteResponse` schema."""

    data: DataContributionClassifierDeleteResponseData


class OAuthClient(BaseModel):
    """The `OAuthClient` schema."""

    client_id: str
    workspace_id: str
    name: str
    client_type: OAuthClientClientType
    redirect_uris: list[str]
    allowed_scopes: list[str] | None = None
    description: str | None = None
    homepage_url: str | None = None
    logo_url: str | None = None
    privacy_policy_url: str | None = None
    terms_of_service_url: str | None = None
    status: str
    active_authorizations: int | None = None
    total_authorizations: int | None = None
    requests_last_30d: int | None = None
    last_used_at: DateTime | None = None
    created_at: DateTime | None = None
    updated_at: DateTime | None = None


class OAuthClientListResponsePagination(BaseModel):
    """The `pagination` field of `OAuthClientListResponse`."""

    total: int
    page: int
    per_page: int


class OAuthClientListResponse(BaseModel):
    """The `OAuthClientListResponse` schema."""

    data: list[OAuthClient]
    pagination: OAuthClientListResponsePagination


class OAuthClientCreateRequest(BaseModel):
    """The `OAuthClientCreateRequest` schema.

    Attributes:
        client_type: Server default: 'confidential'.
    """

    name: str
    client_type: OAuthClientCreateRequestClientType | None = None
    allowed_scopes: list[str] | None = None
    description: str | None = None
    homepage_url: str | None = None
    redirect_uris: list[str]
    logo_url: str | None = None
    privacy_policy_url: str | None = None
    terms_of_service_url: str | None = None


class OAuthClientCreateResponse(OAuthClient):
    """The `OAuthClientCreateResponse` schema.

    Attributes:
        client_secret: Returned once for confidential clients.
    """

    client_secret: str | None = None


class OAuthClientInput(BaseModel):
    """The `OAuthClientInput` schema."""

    name: str | None = None
    allowed_scopes: list[str] | None = None
    description: str | None = None
    homepage_url: str | None = None
    redirect_uris: list[str] | None = None
    logo_url: str | None = None
    privacy_policy_url: str | None = None
    terms_of_service_url: str | None = None


class OAuthClientDeleteResponse(BaseModel):
    """The `OAuthClientDeleteResponse` schema."""

    message: str
    client_id: str


class OAuthClientSecretResponse(BaseModel):
    """The `OAuthClientSecretResponse` schema."""

    client_id: str
    client_secret: str
    message: str


class WebhookEndpoint(BaseModel):
    """The `WebhookEndpoint` schema."""

    id: str
    workspace_id: str = Field(alias="workspaceId")
    name: str
    url: str
    status: WebhookEndpointStatus
    events: list[str]
    has_secret: bool = Field(alias="hasSecret")
    created_by: str | None = Field(default=None, alias="createdBy")
    created_at: DateTime | None = Field(default=None, alias="createdAt")
    updated_at: DateTime | None = Field(default=None, alias="updatedAt")
    deleted_at: DateTime | None = Field(default=None, alias="deletedAt")


class WebhookEndpointListResponse(BaseModel):
    """The `WebhookEndpointListResponse` schema."""

    object: WebhookEndpointListResponseObject
    data: list[WebhookEndpoint]


class WebhookEndpointCreateRequest(BaseModel):
    """The `WebhookEndpointCreateRequest` schema."""

    name: str | None = None
    url: str
    events: list[str] | None = None


class WebhookEndpointSecretResponse(BaseModel):
    """The `WebhookEndpointSecretResponse` schema.

    Attributes:
        signing_secret: Returned only on creation or rotation.
    """

    id: str
    workspace_id: str = Field(alias="workspaceId")
    name: str
    url: str
    status: WebhookEndpointSecretResponseStatus
    events: list[str]
    has_secret: bool = Field(alias="hasSecret")
    created_by: str | None = Field(default=None, alias="createdBy")
    created_at: DateTime | None = Field(default=None, alias="createdAt")
    updated_at: DateTime | None = Field(default=None, alias="updatedAt")
    deleted_at: DateTime | None = Field(default=None, alias="deletedAt")
    signing_secret: str


class WebhookEndpointUpdateRequest(BaseModel):
    """The `WebhookEndpointUpdateRequest` schema."""

    name: str | None = None
    url: str | None = None
    events: list[str] | None = None
    status: WebhookEndpointUpdateRequestStatus | None = None


class WebhookEndpointDeleteResponse(BaseModel):
    """The `WebhookEndpointDeleteResponse` schema."""

    id: str
    object: WebhookEndpointDeleteResponseObject
    deleted: bool


class Guardrail(BaseModel):
    """The `Guardrail` schema."""

    id: str
    workspace_id: str
    name: str
    description: str | None = None
    enabled: bool | None = None
    privacy_enable_paid_may_train: bool | None = None
    privacy_enable_free_may_train: bool | None = None
    privacy_enable_free_may_publish_prompts: bool | None = None
    privacy_enable_input_output_logging: bool | None = None
    privacy_zdr_only: bool | None = None
    provider_restriction_mode: GuardrailProviderRestrictionMode | None = None
    provider_restriction_provider_ids: list[str] | None = None
    provider_restriction_enforce_allowed: bool | None = None
    field_model_restriction_mode: GuardrailModelRestrictionMode | None = Field(
        default=None, alias="model_restriction_mode"
    )
    allowed_api_model_ids: list[str] | None = None
    prompt_injection_enabled: bool | None = None
    prompt_injection_action: GuardrailPromptInjectionAction | None = None
    sensitive_info_enabled: bool | None = None
    sensitive_info_default_action: GuardrailSensitiveInfoDefaultAction | None = None
    sensitive_info_rules: list[dict[str, Any]] | None = None
    daily_limit_requests: int | None = None
    weekly_limit_requests: int | None = None
    monthly_limit_requests: int | None = None
    daily_limit_cost_nanos: int | None = None
    weekly_limit_cost_nanos: int | None = None
    monthly_limit_cost_nanos: int | None = None
    created_at: DateTime | None = None
    updated_at: DateTime | None = None


class GuardrailListResponse(BaseModel):
    """The `GuardrailListResponse` schema."""

    data: list[Guardrail]
    total_count: int


class GuardrailBudgetInput(BaseModel):
    """The `GuardrailBudgetInput` schema."""

    daily_requests: int | None = Field(default=None, alias="dailyRequests")
    weekly_requests: int | None = Field(default=None, alias="weeklyRequests")
    monthly_requests: int | None = Field(default=None, alias="monthlyRequests")
    daily_cost_nanos: int | None = Field(default=None, alias="dailyCostNanos")
    weekly_cost_nanos: int | None = Field(default=None, alias="weeklyCostNanos")
    monthly_cost_nanos: int | None = Field(default=None, alias="monthlyCostNanos")


class GuardrailPolicyInput(BaseModel):
    """The `GuardrailPolicyInput` schema."""

    name: str | None = None
    description: str | None = None
    enabled: bool | None = None
    privacy_enable_paid_may_train: bool | None = Field(
        default=None, alias="privacyEnablePaidMayTrain"
    )
    privacy_enable_free_may_train: bool | None = Field(
        default=None, alias="privacyEnableFreeMayTrain"
    )
    privacy_enable_free_may_publish_prompts: bool | None = Field(
        default=None, alias="privacyEnableFreeMayPublishPrompts"
    )
    privacy_enable_input_output_logging: bool | None = Field(
        default=None, alias="privacyEnableInputOutputLogging"
    )
    privacy_zdr_only: bool | None = Field(default=None, alias="privacyZdrOnly")
    provider_restriction_mode: GuardrailPolicyInputProviderRestrictionMode | None = Field(
        default=None, alias="providerRestrictionMode"
    )
    provider_restriction_provider_ids: list[str] | None = Field(
        default=None, alias="providerRestrictionProviderIds"
    )
    provider_restriction_enforce_allowed: bool | None = Field(
        default=None, alias="providerRestrictionEnforceAllowed"
    )
    field_model_restriction_mode: GuardrailPolicyInputModelRestrictionMode | None = Field(
        default=None, alias="modelRestrictionMode"
    )
    allowed_api_model_ids: list[str] | None = Field(default=None, alias="allowedApiModelIds")
    prompt_injection_enabled: bool | None = Field(default=None, alias="promptInjectionEnabled")
    prompt_injection_action: GuardrailPolicyInputPromptInjectionAction | None = Field(
        default=None, alias="promptInjectionAction"
    )
    sensitive_info_enabled: bool | None = Field(default=None, alias="sensitiveInfoEnabled")
    sensitive_info_default_action: GuardrailPolicyInputSensitiveInfoDefaultAction | None = Field(
        default=None, alias="sensitiveInfoDefaultAction"
    )
    sensitive_info_rules: list[dict[str, Any]] | None = Field(
        default=None, alias="sensitiveInfoRules"
    )
    budgets: GuardrailBudgetInput | None = None


class GuardrailCreateRequest(GuardrailPolicyInput):
    """The `GuardrailCreateRequest` schema."""


class GuardrailResponse(BaseModel):
    """The `GuardrailResponse` schema."""

    data: Guardrail


class GuardrailDetailResponseData(BaseModel):
    """The `data` field of `GuardrailDetailResponse`."""

    id: str
    workspace_id: str
    name: str
    description: str | None = None
    enabled: bool | None = None
    privacy_enable_paid_may_train: bool | None = None
    privacy_enable_free_may_train: bool | None = None
    privacy_enable_free_may_publish_prompts: bool | None = None
    privacy_enable_input_output_logging: bool | None = None
    privacy_zdr_only: bool | None = None
    provider_restriction_mode: GuardrailDetailResponseDataProviderRestrictionMode | None = None
    provider_restriction_provider_ids: list[str] | None = None
    provider_restriction_enforce_allowed: bool | None = None
    field_model_restriction_mode: GuardrailDetailResponseDataModelRestrictionMode | None = Field(
        default=None, alias="model_restriction_mode"
    )
    allowed_api_model_ids: list[str] | None = None
    prompt_injection_enabled: bool | None = None
    prompt_injection_action: GuardrailDetailResponseDataPromptInjectionAction | None = None
    sensitive_info_enabled: bool | None = None
    sensitive_info_default_action: GuardrailDetailResponseDataSensitiveInfoDefaultAction | None = (
        None
    )
    sensitive_info_rules: list[dict[str, Any]] | None = None
    daily_limit_requests: int | None = None
    weekly_limit_requests: int | None = None
    monthly_limit_requests: int | None = None
    daily_limit_cost_nanos: int | None = None
    weekly_limit_cost_nanos: int | None = None
    monthly_limit_cost_nanos: int | None = None
    created_at: DateTime | None = None
    updated_at: DateTime | None = None
    key_ids: list[str]


class GuardrailDetailResponse(BaseModel):
    """The `GuardrailDetailResponse` schema."""

    data: GuardrailDetailResponseData


class GuardrailDeleteResponse(BaseModel):
    """The `GuardrailDeleteResponse` schema."""

    deleted: bool


class GuardrailKeyAssignment(BaseModel):
    """The `GuardrailKeyAssignment` schema."""

    key_id: str
    name: str | None = None
    prefix: str | None = None
    status: str | None = None
    created_at: DateTime | None = None


class GuardrailKeyListResponse(BaseModel):
    """The `GuardrailKeyListResponse` schema."""

    data: list[GuardrailKeyAssignment]
    total_count: int


class GuardrailKeyIdsReplaceRequest(BaseModel):
    """The `GuardrailKeyIdsReplaceRequest` schema."""

    key_ids: list[str]


class GuardrailKeySetResponseData(BaseModel):
    """The `data` field of `GuardrailKeySetResponse`."""

    guardrail_id: str
    key_ids: list[str]


class GuardrailKeySetResponse(BaseModel):
    """The `GuardrailKeySetResponse` schema."""

    data: GuardrailKeySetResponseData


class GuardrailKeyIdsRequest(BaseModel):
    """The `GuardrailKeyIdsRequest` schema."""

    key_ids: list[str]


class GuardrailKeyAddResponse(BaseModel):
    """The `GuardrailKeyAddResponse` schema."""

    added_count: int
    data: list[GuardrailKeyAssignment]


class GuardrailRemoveResponse(BaseModel):
    """The `GuardrailRemoveResponse` schema."""

    removed_count: int


class GuardrailMemberAssignment(BaseModel):
    """The `GuardrailMemberAssignment` schema."""

    user_id: str
    role: str | None = None
    display_name: str | None = None
    joined_at: DateTime | None = None


class GuardrailMemberListResponse(BaseModel):
    """The `GuardrailMemberListResponse` schema."""

    data: list[GuardrailMemberAssignment]
    total_count: int


class GuardrailUserIdsRequest(BaseModel):
    """The `GuardrailUserIdsRequest` schema."""

    user_ids: list[str]


class GuardrailMemberAddResponse(BaseModel):
    """The `GuardrailMemberAddResponse` schema."""

    added_count: int
    data: list[GuardrailMemberAssignment]


class ManagementKeyRuntime(BaseModel):
    """The `ManagementKeyRuntime` schema."""

    id: str
    workspace_id: str
    name: str
    prefix: str
    status: ManagementKeyRuntimeStatus
    scopes: list[str]
    created_by: str | None = None
    created_at: DateTime
    updated_at: DateTime | None = None
    last_used_at: DateTime | None = None
    expires_at: DateTime | None = None
    soft_blocked: bool | None = None
    daily_limit_requests: int | None = None
    weekly_limit_requests: int | None = None
    monthly_limit_requests: int | None = None
    daily_limit_cost_nanos: int | None = None
    weekly_limit_cost_nanos: int | None = None
    monthly_limit_cost_nanos: int | None = None


class ManagementKeyCollectionResponse(BaseModel):
    """The `ManagementKeyCollectionResponse` schema."""

    data: list[ManagementKeyRuntime]


class ManagementKeyRuntimeCreateRequest(BaseModel):
    """Provide exactly one of `template` or `scopes`."""

    name: str
    template: ManagementKeyRuntimeCreateRequestTemplate | None = None
    scopes: str | list[str] | None = None
    expires_at: DateTime | None = None
    paused: bool | None = None


class ManagementKeyRuntimeCreated(BaseModel):
    """The `ManagementKeyRuntimeCreated` schema.

    Attributes:
        key: Raw management key. Returned only once.
    """

    id: str
    workspace_id: str
    name: str
    prefix: str
    status: ManagementKeyRuntimeCreatedStatus
    scopes: list[str]
    created_by: str | None = None
    created_at: DateTime
    updated_at: DateTime | None = None
    last_used_at: DateTime | None = None
    expires_at: DateTime | None = None
    soft_blocked: bool | None = None
    daily_limit_requests: int | None = None
    weekly_limit_requests: int | None = None
    monthly_limit_requests: int | None = None
    daily_limit_cost_nanos: int | None = None
    weekly_limit_cost_nanos: int | None = None
    monthly_limit_cost_nanos: int | None = None
    key: str


class ManagementKeyRuntimeCreateResponse(BaseModel):
    """The `ManagementKeyRuntimeCreateResponse` schema."""

    data: ManagementKeyRuntimeCreated


class ManagementKeyRuntimeResponse(BaseModel):
    """The `ManagementKeyRuntimeResponse` schema."""

    data: ManagementKeyRuntime


class ManagementKeyRuntimeUpdateRequest(BaseModel):
    """The `ManagementKeyRuntimeUpdateRequest` schema."""

    name: str | None = None
    template: ManagementKeyRuntimeUpdateRequestTemplate | None = None
    scopes: str | list[str] | None = None
    expires_at: DateTime | None = None
    paused: bool | None = None
    daily_requests: int | None = Field(default=None, alias="dailyRequests")
    weekly_requests: int | None = Field(default=None, alias="weeklyRequests")
    monthly_requests: int | None = Field(default=None, alias="monthlyRequests")
    daily_cost_nanos: int | None = Field(default=None, alias="dailyCostNanos")
    weekly_cost_nanos: int | None = Field(default=None, alias="weeklyCostNanos")
    monthly_cost_nanos: int | None = Field(default=None, alias="monthlyCostNanos")
    soft_blocked: bool | None = Field(default=None, alias="softBlocked")


class ManagementKeyRuntimeDeleteResponse(BaseModel):
    """The `ManagementKeyRuntimeDeleteResponse` schema."""

    deleted: bool


class WorkspaceActivityEntry(BaseModel):
    """The `WorkspaceActivityEntry` schema."""

    request_id: str | None
    provider: str | None
    model: str | None
    endpoint: str | None
    usage: dict[str, Any] | None
    cost_cents: int | float
    latency_ms: int | None
    timestamp: DateTime | None


class WorkspaceActivityResponse(BaseModel):
    """The `WorkspaceActivityResponse` schema."""

    ok: bool
    period_days: int
    limit: int
    offset: int
    total: int
    total_cost_cents: int | float
    activity: list[WorkspaceActivityEntry]


class WorkspaceAuditEventActor(BaseModel):
    """The `WorkspaceAuditEventActor` schema."""

    display_name: str | None = None
    email: str | None = None


class WorkspaceAuditEventLimits(BaseModel):
    """The `WorkspaceAuditEventLimits` schema."""

    daily_requests: int | None = Field(default=None, alias="dailyRequests")
    weekly_requests: int | None = Field(default=None, alias="weeklyRequests")
    monthly_requests: int | None = Field(default=None, alias="monthlyRequests")
    daily_cost_nanos: int | None = Field(default=None, alias="dailyCostNanos")
    weekly_cost_nanos: int | None = Field(default=None, alias="weeklyCostNanos")
    monthly_cost_nanos: int | None = Field(default=None, alias="monthlyCostNanos")
    soft_blocked: bool | None = Field(default=None, alias="softBlocked")


class WorkspaceAuditEventMetadata(BaseModel):
    """The `WorkspaceAuditEventMetadata` schema."""

    prefix: str | None = None
    status: str | None = None
    changed_fields: list[str] | None = Field(default=None, alias="changedFields")
    limits: WorkspaceAuditEventLimits | None = None
    replacement_key_id: str | None = Field(default=None, alias="replacementKeyId")
    replacement_key_name: str | None = Field(default=None, alias="replacementKeyName")
    previous_key_expires_at: DateTime | None = Field(default=None, alias="previousKeyExpiresAt")
    access_template: str | None = Field(default=None, alias="accessTemplate")
    expires_at: DateTime | None = Field(default=None, alias="expiresAt")


class WorkspaceAuditEvent(BaseModel):
    """The `WorkspaceAuditEvent` schema."""

    id: str
    workspace_id: str
    actor_user_id: str | None = None
    actor: WorkspaceAuditEventActor | None = None
    action: str
    target_type: str
    target_id: str
    target_name: str | None = None
    metadata: WorkspaceAuditEventMetadata
    request_id: str | None = None
    created_at: DateTime


class WorkspaceAuditEventListResponse(BaseModel):
    """The `WorkspaceAuditEventListResponse` schema."""

    data: list[WorkspaceAuditEvent]
    has_more: bool
    next_cursor: str | None = None


class Workspace(BaseModel):
    """The `Workspace` schema."""

    id: str
    name: str | None
    slug: str | None
    created_by: str | None
    created_at: DateTime | None
    updated_at: DateTime | None


class WorkspaceListResponse(BaseModel):
    """The `WorkspaceListResponse` schema."""

    data: list[Workspace]
    total_count: int


class WorkspaceCreateRequest(BaseModel):
    """The `WorkspaceCreateRequest` schema."""

    name: str
    slug: str | None = None


class WorkspaceResponse(BaseModel):
    """The `WorkspaceResponse` schema."""

    data: Workspace


class WorkspaceUpdateRequest(BaseModel):
    """The `WorkspaceUpdateRequest` schema."""

    name: str | None = None
    slug: str | None = None


class WorkspaceMember(BaseModel):
    """The `WorkspaceMember` schema."""

    workspace_id: str
    user_id: str
    role: WorkspaceRole
    joined_at: DateTime | None = None
    display_name: str | None = None


class WorkspaceMemberListResponse(BaseModel):
    """The `WorkspaceMemberListResponse` schema."""

    data: list[WorkspaceMember]
    total_count: int


class WorkspaceMemberBulkRequest(BaseModel):
    """The `WorkspaceMemberBulkRequest` schema."""

    user_ids: list[str]
    role: WorkspaceAssignableRole | None = None


class WorkspaceMemberAddResponse(BaseModel):
    """The `WorkspaceMemberAddResponse` schema."""

    added_count: int
    data: list[WorkspaceMember]


class WorkspaceMemberRemoveRequest(BaseModel):
    """The `WorkspaceMemberRemoveRequest` schema."""

    user_ids: list[str]


class WorkspaceMemberRemoveResponse(BaseModel):
    """The `WorkspaceMemberRemoveResponse` schema."""

    removed_count: int


class WorkspaceMemberRoleUpdateRequest(BaseModel):
    """The `WorkspaceMemberRoleUpdateRequest` schema."""

    role: WorkspaceAssignableRole


class WorkspaceMemberResponse(BaseModel):
    """The `WorkspaceMemberResponse` schema."""

    data: WorkspaceMember


class WorkspaceInvite(BaseModel):
    """The `WorkspaceInvite` schema."""

    id: str
    workspace_id: str
    creator_user_id: str
    role: WorkspaceAssignableRole
    token_preview: str | None = None
    expires_at: DateTime | None = None
    max_uses: int | None = None
    uses_count: int | None = None
    created_at: DateTime | None = None


class WorkspaceInviteListResponse(BaseModel):
    """The `WorkspaceInviteListResponse` schema."""

    data: list[WorkspaceInvite]
    total_count: int


class WorkspaceInviteCreateRequest(BaseModel):
    """The `WorkspaceInviteCreateRequest` schema.

    Attributes:
        expires_in_days: Server default: 7.
    """

    role: WorkspaceAssignableRole | None = None
    expires_in_days: int | None = None
    max_uses: int | None = None


class WorkspaceInviteCreateResponse(BaseModel):
    """The `WorkspaceInviteCreateResponse` schema.

    Attributes:
        token: Plaintext invite token. Returned only when the invite is created.
    """

    data: WorkspaceInvite
    token: str


class WorkspaceJoinRequest(BaseModel):
    """The `WorkspaceJoinRequest` schema."""

    id: str
    workspace_id: str
    requester_user_id: str
    invite_id: str | None = None
    status: WorkspaceJoinRequestStatus
    created_at: DateTime | None = None
    decided_at: DateTime | None = None
    decided_by: str | None = None


class WorkspaceJoinRequestListResponse(BaseModel):
    """The `WorkspaceJoinRequestListResponse` schema."""

    data: list[WorkspaceJoinRequest]
    total_count: int


class WorkspaceJoinRequestResponse(BaseModel):
    """The `WorkspaceJoinRequestResponse` schema."""

    data: WorkspaceJoinRequest


class ObservabilityLoggingPolicy(BaseModel):
    """The `ObservabilityLoggingPolicy` schema.

    Attributes:
        billing_status: Read-only: set by the server, never sent.
        grace_until: Read-only: set by the server, never sent.
        price_per_million_units_nanos: Read-only: set by the server, never sent.
    """

    workspace_id: str
    enabled: bool
    retention_days: int
    include_provider_payloads: bool
    billing_status: ObservabilityLoggingPolicyBillingStatus
    grace_until: DateTime | None = None
    price_per_million_units_nanos: int
    updated_at: DateTime | None = None


class ObservabilityLoggingPolicyResponse(BaseModel):
    """The `ObservabilityLoggingPolicyResponse` schema."""

    data: ObservabilityLoggingPolicy


class ObservabilityLoggingPolicyUpdateRequest(BaseModel):
    """The `ObservabilityLoggingPolicyUpdateRequest` schema."""

    enabled: bool | None = None
    retention_days: int | None = None
    include_provider_payloads: bool | None = None


class ObservabilityKeyFilter(BaseModel):
    """The `ObservabilityKeyFilter` schema."""

    key_id: str
    mode: ObservabilityKeyFilterMode


class ObservabilityRule(BaseModel):
    """The `ObservabilityRule` schema."""

    field: ObservabilityRuleField
    condition: ObservabilityRuleCondition
    value: str | None = None


class ObservabilityRuleGroup(BaseModel):
    """The `ObservabilityRuleGroup` schema."""

    match_: ObservabilityRuleGroupMatch = Field(alias="match")
    rules: list[ObservabilityRule]


class ObservabilityDestination(BaseModel):
    """The `ObservabilityDestination` schema.

    Attributes:
        configured: Whether encrypted destination configuration is present.
    """

    id: str
    workspace_id: str
    type: ObservabilityDestinationType
    name: str
    enabled: bool
    privacy_mode: bool
    sampling_rate: int | float
    group_join: ObservabilityDestinationGroupJoin
    include_generation_metadata: bool | None = None
    include_cost_metadata: bool | None = None
    include_identity_metadata: bool | None = None
    include_request_context: bool | None = None
    key_filters: list[ObservabilityKeyFilter]
    rule_groups: list[ObservabilityRuleGroup]
    configured: bool
    created_at: DateTime | None = None
    updated_at: DateTime | None = None


class ObservabilityDestinationListResponse(BaseModel):
    """The `ObservabilityDestinationListResponse` schema."""

    data: list[ObservabilityDestination]
    total_count: int


class ObservabilityDestinationPolicyInput(BaseModel):
    """The `ObservabilityDestinationPolicyInput` schema."""

    name: str | None = None
    enabled: bool | None = None
    privacy_mode: bool | None = None
    sampling_rate: int | float | None = None
    group_join: ObservabilityDestinationPolicyInputGroupJoin | None = None
    include_generation_metadata: bool | None = None
    include_cost_metadata: bool | None = None
    include_identity_metadata: bool | None = None
    include_request_context: bool | None = None
    key_filters: list[ObservabilityKeyFilter] | None = None
    rule_groups: list[ObservabilityRuleGroup] | None = None


class ObservabilityDestinationCreateRequest(ObservabilityDestinationPolicyInput):
    """The `ObservabilityDestinationCreateRequest` schema.

    Attributes:
        config: Write-only: sent, never returned.
    """

    type: ObservabilityDestinationType
    config: dict[str, str]


class ObservabilityDestinationResponse(BaseModel):
    """The `ObservabilityDestinationResponse` schema."""

    data: ObservabilityDestination


class ObservabilityDestinationUpdateRequest(ObservabilityDestinationPolicyInput):
    """The `ObservabilityDestinationUpdateRequest` schema.

    Attributes:
        config: Write-only: sent, never returned.
    """

    config: dict[str, str] | None = None


class ModelLifecycle(BaseModel):
    """The `ModelLifecycle` schema."""

    status: ModelLifecycleStatus | None = None
    deprecation_date: str | None = None
    retirement_date: str | None = None
    replacement_model_id: str | None = None
    message: str | None = None


class DataModelOrganisation(BaseModel):
    """The `DataModelOrganisation` schema."""

    organisation_id: str | None = None
    name: str | None = None
    country_code: str | None = None
    colour: str | None = None


class DataModel(BaseModel):
    """The `DataModel` schema."""

    field_model_id: str | None = Field(default=None, alias="model_id")
    name: str | None = None
    release_date: str | None = None
    deprecation_date: str | None = None
    retirement_date: str | None = None
    status: str | None = None
    lifecycle: ModelLifecycle | None = None
    hidden: bool | None = None
    input_types: list[str] | None = None
    output_types: list[str] | None = None
    organisation: DataModelOrganisation | None = None


class Preset(BaseModel):
    """The `Preset` schema.

    Attributes:
        config: Bounded gateway request defaults, including prompts, parameters, routing, and plugins.
    """

    id: str
    workspace_id: str
    name: str
    slug: str
    description: str | None = None
    config: PresetConfig
    visibility: PresetVisibility
    active_version_id: str | None = None
    versioning_method: PresetVersioningMethod
    created_by: str | None = None
    source_preset_id: str | None = None
    source_preset_version_id: str | None = None
    upstream_version_id: str | None = None
    created_at: DateTime | None = None
    updated_at: DateTime | None = None


class PresetListResponse(BaseModel):
    """The `PresetListResponse` schema."""

    data: list[Preset]
    total_count: int


class PresetCreateRequest(BaseModel):
    """The `PresetCreateRequest` schema.

    Attributes:
        config: Bounded gateway request defaults, including prompts, parameters, routing, and plugins.
    """

    name: str
    slug: str | None = None
    description: str | None = None
    config: PresetConfig | None = None
    visibility: PresetVisibility | None = None
    versioning_method: PresetVersioningMethod | None = None


class PresetCreateResponse(BaseModel):
    """The `PresetCreateResponse` schema."""

    data: Preset
    canonical_model: str


class PresetPublisher(BaseModel):
    """The `PresetPublisher` schema."""

    workspace_id: str
    handle: str | None


class PresetPublisherResponse(BaseModel):
    """The `PresetPublisherResponse` schema."""

    data: PresetPublisher


class PresetPublisherUpdateRequest(BaseModel):
    """The `PresetPublisherUpdateRequest` schema."""

    handle: str


class PresetResponse(BaseModel):
    """The `PresetResponse` schema."""

    data: Preset


class PresetUpdateRequest(BaseModel):
    """The `PresetUpdateRequest` schema.

    Attributes:
        config: Bounded gateway request defaults, including prompts, parameters, routing, and plugins.
        replace_config: Replace the draft config instead of merging top-level fields.
    """

    name: str | None = None
    slug: str | None = None
    description: str | None = None
    config: PresetConfig | None = None
    replace_config: bool | None = None
    visibility: PresetVisibility | None = None
    versioning_method: PresetVersioningMethod | None = None


class PresetVersion(BaseModel):
    """The `PresetVersion` schema.

    Attributes:
        config: Bounded gateway request defaults, including prompts, parameters, routing, and plugins.
    """

    id: str
    preset_id: str
    version_number: int
    version_label: str
    versioning_method: PresetVersioningMethod
    name: str
    slug: str
    description: str | None = None
    config: PresetConfig
    visibility: PresetVisibility
    release_notes: str | None = None
    created_by: str
    created_at: DateTime


class PresetVersionListResponse(BaseModel):
    """The `PresetVersionListResponse` schema."""

    data: list[PresetVersion]


class PresetVersionPublishRequest(BaseModel):
    """The `PresetVersionPublishRequest` schema."""

    release_notes: str | None = None
    version_label: str | None = None


class PresetVersionResponse(BaseModel):
    """The `PresetVersionResponse` schema."""

    data: PresetVersion


class PresetForkRequest(BaseModel):
    """The `PresetForkRequest` schema."""

    source_version_id: str | None = None


class PresetUpstreamApplyRequest(BaseModel):
    """The `PresetUpstreamApplyRequest` schema."""

    version_id: str


class PresetUpstreamApplyResponseData(BaseModel):
    """The `data` field of `PresetUpstreamApplyResponse`."""

    id: str
    upstream_version_id: str
    applied_to_draft: bool


class PresetUpstreamApplyResponse(BaseModel):
    """The `PresetUpstreamApplyResponse` schema."""

    data: PresetUpstreamApplyResponseData


class WorkspaceSettings(BaseModel):
    """The `WorkspaceSettings` schema."""

    workspace_id: str
    routing_mode: WorkspaceRoutingMode | None = None
    beta_channel_enabled: bool | None = None
    alpha_channel_enabled: bool | None = None
    response_healing_enabled: bool | None = None
    response_healing_locked: bool | None = None
    response_healing_mode: WorkspaceSettingsResponseHealingMode | None = None
    byok_fallback_enabled: bool | None = None
    privacy_enable_paid_may_train: bool | None = None
    privacy_enable_free_may_train: bool | None = None
    privacy_enable_free_may_publish_prompts: bool | None = None
    privacy_enable_input_output_logging: bool | None = None
    privacy_zdr_only: bool | None = None
    io_logging_enabled: bool | None = None
    io_logging_include_provider_payloads: bool | None = None
    provider_restriction_mode: WorkspaceProviderRestrictionMode | None = None
    provider_restriction_provider_ids: list[str] | None = None
    provider_restriction_enforce_allowed: bool | None = None
    updated_at: DateTime | None = None


class WorkspaceSettingsResponse(BaseModel):
    """The `WorkspaceSettingsResponse` schema."""

    data: WorkspaceSettings


class WorkspaceSettingsUpdateRequest(BaseModel):
    """The `WorkspaceSettingsUpdateRequest` schema."""

    routing_mode: WorkspaceRoutingMode | None = None
    beta_channel_enabled: bool | None = None
    alpha_channel_enabled: bool | None = None
    response_healing_enabled: bool | None = None
    response_healing_locked: bool | None = None
    response_healing_mode: WorkspaceSettingsUpdateRequestResponseHealingMode | None = None
    byok_fallback_enabled: bool | None = None
    privacy_enable_paid_may_train: bool | None = None
    privacy_enable_free_may_train: bool | None = None
    privacy_enable_free_may_publish_prompts: bool | None = None
    privacy_enable_input_output_logging: bool | None = None
    privacy_zdr_only: bool | None = None
    io_logging_enabled: bool | None = None
    io_logging_include_provider_payloads: bool | None = None
    provider_restriction_mode: WorkspaceProviderRestrictionMode | None = None
    provider_restriction_provider_ids: list[str] | None = None
    provider_restriction_enforce_allowed: bool | None = None


class DynamicRouteNodePosition(BaseModel):
    """The `position` field of `DynamicRouteNode`."""

    x: int | float
    y: int | float


class DynamicRouteNode(BaseModel):
    """The `DynamicRouteNode` schema."""

    id: str
    type: DynamicRouteNodeType
    position: DynamicRouteNodePosition | None = None
    data: dict[str, Any]


class DynamicRouteEdge(BaseModel):
    """The `DynamicRouteEdge` schema."""

    id: str
    source: str
    target: str
    source_handle: str | None = Field(default=None, alias="sourceHandle")


class DynamicRouteAction(BaseModel):
    """The `DynamicRouteAction` schema."""

    model: str | None = None
    field_model_fallbacks: list[str] | None = Field(default=None, alias="modelFallbacks")
    routing_mode: WorkspaceRoutingMode | None = Field(default=None, alias="routingMode")
    provider_order: list[str] | None = Field(default=None, alias="providerOrder")
    provider_only: list[str] | None = Field(default=None, alias="providerOnly")
    provider_ignore: list[str] | None = Field(default=None, alias="providerIgnore")
    allow_fallbacks: bool | None = Field(default=None, alias="allowFallbacks")


class DynamicRouteCondition(BaseModel):
    """The `DynamicRouteCondition` schema."""

    field: DynamicRouteConditionField
    operator: DynamicRouteConditionOperator
    value: str | None = None
    metadata_key: str | None = Field(default=None, alias="metadataKey")


class DynamicRouteRule(BaseModel):
    """The `DynamicRouteRule` schema."""

    id: str
    name: str
    enabled: bool
    condition: DynamicRouteCondition
    action: DynamicRouteAction


class DynamicRouteConfig(BaseModel):
    """The `DynamicRouteConfig` schema."""

    schema_version: DynamicRouteConfigSchemaVersion | None = Field(
        default=None, alias="schemaVersion"
    )
    entry_node_id: str | None = Field(default=None, alias="entryNodeId")
    nodes: list[DynamicRouteNode] | None = None
    edges: list[DynamicRouteEdge] | None = None
    cache_aware_routing: bool | None = Field(default=None, alias="cacheAwareRouting")
    session_affinity: bool | None = Field(default=None, alias="sessionAffinity")
    default_action: DynamicRouteAction | None = Field(default=None, alias="defaultAction")
    rules: list[DynamicRouteRule] | None = None


class DynamicRouteVersion(BaseModel):
    """The `DynamicRouteVersion` schema."""

    version: int
    status: DynamicRouteVersionStatus
    created_by: str | None = None
    created_at: DateTime | None = None


class DynamicRoute(BaseModel):
    """The `DynamicRoute` schema."""

    id: str
    workspace_id: str
    name: str
    slug: str
    description: str | None = None
    status: DynamicRouteStatus
    version: int
    deployed_version: int | None = None
    config: DynamicRouteConfig
    key_ids: list[str]
    versions: list[DynamicRouteVersion]
    created_at: DateTime | None = None
    updated_at: DateTime | None = None


class DynamicRouteListResponse(BaseModel):
    """The `DynamicRouteListResponse` schema."""

    data: list[DynamicRoute]
    total_count: int


class DynamicRouteCreateRequest(BaseModel):
    """The `DynamicRouteCreateRequest` schema."""

    name: str
    slug: str | None = None
    description: str | None = None
    status: DynamicRouteCreateRequestStatus | None = None
    config: DynamicRouteConfig


class DynamicRouteResponse(BaseModel):
    """The `DynamicRouteResponse` schema."""

    data: DynamicRoute


class DynamicRouteUpdateRequest(BaseModel):
    """The `DynamicRouteUpdateRequest` schema."""

    name: str | None = None
    description: str | None = None
    status: DynamicRouteUpdateRequestStatus | None = None
    config: DynamicRouteConfig | None = None


class DynamicRouteDeleteResponseData(BaseModel):
    """The `data` field of `DynamicRouteDeleteResponse`."""

    id: str
    deleted: bool


class DynamicRouteDeleteResponse(BaseModel):
    """The `DynamicRouteDeleteResponse` schema."""

    data: DynamicRouteDeleteResponseData


class DynamicRouteKeysUpdateRequest(BaseModel):
    """The `DynamicRouteKeysUpdateRequest` schema."""

    key_ids: list[str]


class DynamicRouteKeysResponseData(BaseModel):
    """The `data` field of `DynamicRouteKeysResponse`."""

    id: str
    key_ids: list[str]


class DynamicRouteKeysResponse(BaseModel):
    """The `DynamicRouteKeysResponse` schema."""

    data: DynamicRouteKeysResponseData


class DynamicRouteDeployResponseData(BaseModel):
    """The `data` field of `DynamicRouteDeployResponse`."""

    id: str
    deployed_version: int


class DynamicRouteDeployResponse(BaseModel):
    """The `DynamicRouteDeployResponse` schema."""

    data: DynamicRouteDeployResponseData


class EndpointCatalogueEntry(BaseModel):
    """The `EndpointCatalogueEntry` schema."""

    id: str
    capability_id: str
    public_path: str
    collection: str
    field_model_count: int = Field(alias="model_count")
    provider_count: int


class EndpointCatalogueResponse(BaseModel):
    """The `EndpointCatalogueResponse` schema."""

    ok: bool
    endpoints: list[str]
    data: list[EndpointCatalogueEntry]
    sample_models: list[ModelId]


class ListProvidersResponse200(BaseModel):
    """The `response_200` schema of the `list_providers` operation."""

    ok: bool | None = None
    limit: int | None = None
    offset: int | None = None
    total: int | None = None
    providers: list[Provider] | None = None


class ListProvidersResponse500(BaseModel):
    """The `response_500` schema of the `list_providers` operation."""

    ok: bool | None = None
    error: str | None = None
    message: str | None = None


class GetGenerationResponse401(BaseModel):
    """The `response_401` schema of the `get_generation` operation."""

    ok: bool | None = None
    error: str | None = None
    reason: str | None = None


class GetGenerationResponse404(BaseModel):
    """The `response_404` schema of the `get_generation` operation."""

    ok: bool | None = None
    error: str | None = None


class CreateRealtimeSessionBody(BaseModel):
    """The `body` schema of the `create_realtime_session` operation."""

    type: CreateRealtimeSessionBodyType | None = None
    model: str
    provider: str | None = None
    voice: str | None = None
    instructions: str | None = None
    source: CreateRealtimeSessionBodySource | None = None
    metadata: dict[str, Any] | None = None


class FinalizeRealtimeSessionBody(BaseModel):
    """The `body` schema of the `finalize_realtime_session` operation."""

    status: FinalizeRealtimeSessionBodyStatus | None = None
    usage: dict[str, Any] | None = None
    disconnect_reason: str | None = None
    error_code: str | None = None
    error_message: str | None = None


class ListOrganisationsResponse200OrganisationsItem(BaseModel):
    """The `organisations_item` field of `ListOrganisationsResponse200`."""

    organisation_id: str | None = None
    name: str | None = None
    country_code: str | None = None
    description: str | None = None
    colour: str | None = None


class ListOrganisationsResponse200(BaseModel):
    """The `response_200` schema of the `list_organisations` operation."""

    ok: bool | None = None
    limit: int | None = None
    offset: int | None = None
    total: int | None = None
    organisations: list[ListOrganisationsResponse200OrganisationsItem] | None = None


class ListPricingModelsResponse200(BaseModel):
    """The `response_200` schema of the `list_pricing_models` operation."""

    ok: bool | None = None
    models: list[dict[str, Any]] | None = None


class CalculatePricingBody(BaseModel):
    """The `body` schema of the `calculate_pricing` operation."""

    provider: str
    model: str
    endpoint: str
    usage: dict[str, Any]


class CalculatePricingResponse200(BaseModel):
    """The `response_200` schema of the `calculate_pricing` operation."""

    ok: bool | None = None
    pricing: dict[str, Any] | None = None


class GetHealthResponse200(BaseModel):
    """The `response_200` schema of the `get_health` operation."""

    status: str | None = None


class ListDataModelsResponse200(BaseModel):
    """The `response_200` schema of the `list_data_models` operation."""

    ok: bool | None = None
    include_hidden: bool | None = None
    limit: int | None = None
    offset: int | None = None
    total: int | None = None
    models: list[DataModel] | None = None


class ListDataModelsResponse500(BaseModel):
    """The `response_500` schema of the `list_data_models` operation."""

    ok: bool | None = None
    error: str | None = None
    message: str | None = None


# Structured constraints and provider support for request parameters, keyed by parameter name.
SupportedParameterDetails: TypeAlias = dict[str, dict[str, Any]]
MessageContentPart: TypeAlias = (
    TextContentPart | ImageContentPart | AudioContentPart | VideoContentPart | ToolCallContentPart
)
TextGenerateTool: TypeAlias = (
    FunctionToolDefinition
    | GatewayDatetimeToolDefinition
    | GatewayWebSearchToolDefinition
    | GatewayWebFetchToolDefinition
    | SubagentToolDefinition
    | FusionToolDefinition
    | SearchModelsToolDefinition
)
# Tool selection strategy. Phaseo server-tool types are accepted and rewritten into upstream function/tool targets.
TextToolChoice: TypeAlias = TextToolChoiceVariant0 | dict[str, Any]
ResponsesOutputContentPart: TypeAlias = (
    ResponsesOutputTextPart | ResponsesOutputImagePart | ResponsesOutputAudioPart
)
RerankDocument: TypeAlias = str | dict[str, Any]
OcrResponse: TypeAlias = dict[str, Any]
ParseBlock: TypeAlias = ParseBlockVariant0 | ParseBlockVariant1 | ParseBlockVariant2
ParsePage: TypeAlias = ParsePageVariant0 | ParsePageVariant1
# Model identifier. This is a runtime string so newly released models can be used without waiting for an SDK update.
ModelId: TypeAlias = str
ApiKeyScopeValue: TypeAlias = str | list[str]
WorkspaceDepartmentUpdateRequest: TypeAlias = WorkspaceDepartmentInput
DataContributionCategories: TypeAlias = dict[str, list[str]]
DataContributionClassifierUpdateRequest: TypeAlias = DataContributionClassifierInput
OAuthClientUpdateRequest: TypeAlias = OAuthClientInput
GuardrailUpdateRequest: TypeAlias = GuardrailPolicyInput
# Bounded gateway request defaults, including prompts, parameters, routing, and plugins.
PresetConfig: TypeAlias = dict[str, Any]
