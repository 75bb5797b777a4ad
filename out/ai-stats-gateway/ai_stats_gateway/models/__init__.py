"""Models of Phaseo Gateway API: pydantic v2 classes for every schema in the spec.

Each lives in a module of this package that is imported on first use: `models.Pet` (or
`from ai_stats_gateway.models import Pet`) imports the module defining `Pet` and those it
refers to, not the others.
"""

from __future__ import annotations

from importlib import import_module as _import_module
from typing import TYPE_CHECKING, Any

from .._base_model import BaseModel

if TYPE_CHECKING:
    from .activity_entry import ActivityEntry
    from .analytics_response import AnalyticsResponse
    from .anthropic_content_block import (
        AnthropicContentBlock,
        AnthropicContentBlockSource,
        AnthropicContentBlockType,
    )
    from .anthropic_message import AnthropicMessage, AnthropicMessageRole
    from .anthropic_messages_request import (
        AnthropicMessagesRequest,
        AnthropicMessagesRequestSystemVariant1Item,
        AnthropicMessagesRequestSystemVariant1ItemType,
    )
    from .anthropic_messages_response import (
        AnthropicMessagesResponse,
        AnthropicMessagesResponseRole,
    )
    from .anthropic_tool import AnthropicTool
    from .anthropic_usage import AnthropicUsage
    from .api_key import ApiKey, ApiKeyLimitReset
    from .api_key_create_request import ApiKeyCreateRequest, ApiKeyCreateRequestLimitReset
    from .api_key_limit_bucket import ApiKeyLimitBucket
    from .api_key_limit_input_bucket import ApiKeyLimitInputBucket
    from .api_key_limit_input_windows import ApiKeyLimitInputWindows
    from .api_key_limit_windows import ApiKeyLimitWindows
    from .api_key_list_response import ApiKeyListResponse
    from .api_key_response import ApiKeyResponse
    from .api_key_rotate_request import ApiKeyRotateRequest
    from .api_key_rotate_response import ApiKeyRotateResponse
    from .api_key_scope_value import ApiKeyScopeValue
    from .api_key_update_request import ApiKeyUpdateRequest, ApiKeyUpdateRequestLimitReset
    from .api_key_usage_bucket import ApiKeyUsageBucket
    from .api_key_usage_windows import ApiKeyUsageWindows
    from .api_key_with_value import ApiKeyWithValue
    from .api_key_with_value_response import ApiKeyWithValueResponse
    from .async_job_web_socket_client_event import (
        AsyncJobWebSocketClientEvent,
        AsyncJobWebSocketClientEventType,
    )
    from .async_job_web_socket_server_event import (
        AsyncJobWebSocketServerEvent,
        AsyncJobWebSocketServerEventDataVariant2,
        AsyncJobWebSocketServerEventDataVariant2Kind,
        AsyncJobWebSocketServerEventType,
    )
    from .async_job_web_socket_upgrade_required_response import (
        AsyncJobWebSocketUpgradeRequiredResponse,
        AsyncJobWebSocketUpgradeRequiredResponseError,
    )
    from .async_webhook_delivery_attempt import (
        AsyncWebhookDeliveryAttempt,
        AsyncWebhookDeliveryAttemptStatus,
    )
    from .async_webhook_delivery_summary import (
        AsyncWebhookDeliverySummary,
        AsyncWebhookDeliverySummaryLastAttemptStatus,
    )
    from .async_webhook_public_state import AsyncWebhookPublicState
    from .audio_content_part import (
        AudioContentPart,
        AudioContentPartInputAudio,
        AudioContentPartInputAudioFormat,
        AudioContentPartType,
    )
    from .audio_speech_request import AudioSpeechRequest, AudioSpeechRequestFormat
    from .audio_transcription_request import (
        AudioTranscriptionRequest,
        AudioTranscriptionRequestChunkingStrategyVariant0,
        AudioTranscriptionRequestChunkingStrategyVariant1,
        AudioTranscriptionRequestChunkingStrategyVariant1Type,
    )
    from .audio_transcription_response import AudioTranscriptionResponse
    from .audio_translation_request import AudioTranslationRequest
    from .audio_translation_response import AudioTranslationResponse
    from .batch_billing_summary import BatchBillingSummary, BatchBillingSummaryState
    from .batch_request_counts import BatchRequestCounts
    from .batch_response import BatchResponse, BatchResponseLifecycleStatus, BatchResponseUsage
    from .cache_control import CacheControl
    from .calculate_pricing_body import CalculatePricingBody
    from .calculate_pricing_response200 import CalculatePricingResponse200
    from .chat_audio_output_part import (
        ChatAudioOutputPart,
        ChatAudioOutputPartAudioUrl,
        ChatAudioOutputPartFormat,
        ChatAudioOutputPartType,
    )
    from .chat_choice import ChatChoice, ChatChoiceFinishReason
    from .chat_completions_request import (
        ChatCompletionsRequest,
        ChatCompletionsRequestModalitiesItem,
        ChatCompletionsRequestProviderVariant0,
        ChatCompletionsRequestReasoningEffort,
        ChatCompletionsRequestResponseFormatVariant1,
        ChatCompletionsRequestServiceTier,
    )
    from .chat_completions_response import ChatCompletionsResponse
    from .chat_image_output_part import (
        ChatImageOutputPart,
        ChatImageOutputPartImageUrl,
        ChatImageOutputPartType,
    )
    from .chat_message import ChatMessage, ChatMessageRole
    from .create_realtime_session_body import (
        CreateRealtimeSessionBody,
        CreateRealtimeSessionBodySource,
        CreateRealtimeSessionBodyType,
    )
    from .credits_response import CreditsResponse, CreditsResponseCredits
    from .data_contribution_categories import DataContributionCategories
    from .data_contribution_classifier import (
        DataContributionClassifier,
        DataContributionClassifierKind,
        DataContributionClassifierServiceTier,
    )
    from .data_contribution_classifier_create_request import (
        DataContributionClassifierCreateRequest,
        DataContributionClassifierCreateRequestServiceTier,
    )
    from .data_contribution_classifier_delete_response import (
        DataContributionClassifierDeleteResponse,
        DataContributionClassifierDeleteResponseData,
    )
    from .data_contribution_classifier_input import (
        DataContributionClassifierInput,
        DataContributionClassifierInputServiceTier,
    )
    from .data_contribution_classifier_response import DataContributionClassifierResponse
    from .data_contribution_classifier_update_request import DataContributionClassifierUpdateRequest
    from .data_contribution_consent_request import DataContributionConsentRequest
    from .data_contribution_consent_response import (
        DataContributionConsentResponse,
        DataContributionConsentResponseData,
    )
    from .data_contribution_overview_response import (
        DataContributionOverviewResponse,
        DataContributionOverviewResponseData,
        DataContributionOverviewResponseDataLast30Days,
    )
    from .data_model import DataModel
    from .data_model_organisation import DataModelOrganisation
    from .debug_options import DebugOptions, DebugOptionsTraceLevel
    from .deleted_response import DeletedResponse
    from .dynamic_route import DynamicRoute, DynamicRouteStatus
    from .dynamic_route_action import DynamicRouteAction
    from .dynamic_route_condition import (
        DynamicRouteCondition,
        DynamicRouteConditionField,
        DynamicRouteConditionOperator,
    )
    from .dynamic_route_config import DynamicRouteConfig, DynamicRouteConfigSchemaVersion
    from .dynamic_route_create_request import (
        DynamicRouteCreateRequest,
        DynamicRouteCreateRequestStatus,
    )
    from .dynamic_route_delete_response import (
        DynamicRouteDeleteResponse,
        DynamicRouteDeleteResponseData,
    )
    from .dynamic_route_deploy_response import (
        DynamicRouteDeployResponse,
        DynamicRouteDeployResponseData,
    )
    from .dynamic_route_edge import DynamicRouteEdge
    from .dynamic_route_keys_response import DynamicRouteKeysResponse, DynamicRouteKeysResponseData
    from .dynamic_route_keys_update_request import DynamicRouteKeysUpdateRequest
    from .dynamic_route_list_response import DynamicRouteListResponse
    from .dynamic_route_node import DynamicRouteNode, DynamicRouteNodePosition, DynamicRouteNodeType
    from .dynamic_route_response import DynamicRouteResponse
    from .dynamic_route_rule import DynamicRouteRule
    from .dynamic_route_update_request import (
        DynamicRouteUpdateRequest,
        DynamicRouteUpdateRequestStatus,
    )
    from .dynamic_route_version import DynamicRouteVersion, DynamicRouteVersionStatus
    from .embedding import Embedding
    from .embeddings_multimodal_input import (
        EmbeddingsMultimodalInput,
        EmbeddingsMultimodalInputContentItemVariant0,
        EmbeddingsMultimodalInputContentItemVariant0Type,
        EmbeddingsMultimodalInputContentItemVariant1,
        EmbeddingsMultimodalInputContentItemVariant1ImageUrlVariant1,
        EmbeddingsMultimodalInputContentItemVariant1Type,
        EmbeddingsMultimodalInputContentItemVariant1UrlVariant1,
        EmbeddingsMultimodalInputContentItemVariant2,
        EmbeddingsMultimodalInputContentItemVariant2InputAudio,
        EmbeddingsMultimodalInputContentItemVariant2Type,
        EmbeddingsMultimodalInputContentItemVariant3,
        EmbeddingsMultimodalInputContentItemVariant3Type,
        EmbeddingsMultimodalInputContentItemVariant3UrlVariant1,
        EmbeddingsMultimodalInputContentItemVariant3VideoUrlVariant1,
    )
    from .embeddings_request import (
        EmbeddingsRequest,
        EmbeddingsRequestEncodingFormat,
        EmbeddingsRequestProviderOptions,
        EmbeddingsRequestProviderOptionsGoogle,
        EmbeddingsRequestProviderOptionsMistral,
        EmbeddingsRequestProviderOptionsMistralOutputDtype,
    )
    from .embeddings_response import EmbeddingsResponse
    from .endpoint_catalogue_entry import EndpointCatalogueEntry
    from .endpoint_catalogue_response import EndpointCatalogueResponse
    from .error_failure_sample_item import ErrorFailureSampleItem
    from .error_provider_candidate_diagnostics import (
        ErrorProviderCandidateDiagnostics,
        ErrorProviderCandidateDiagnosticsDroppedMissingAdapterItem,
    )
    from .error_provider_enablement_diagnostics import (
        ErrorProviderEnablementDiagnostics,
        ErrorProviderEnablementDiagnosticsDroppedItem,
    )
    from .error_provider_failure_diagnostics import (
        ErrorProviderFailureDiagnostics,
        ErrorProviderFailureDiagnosticsCategory,
    )
    from .error_response import ErrorResponse, ErrorResponseErrorOrigin, ErrorResponseErrorType
    from .error_routing_diagnostics import (
        ErrorRoutingDiagnostics,
        ErrorRoutingDiagnosticsFilterStagesItem,
        ErrorRoutingDiagnosticsFilterStagesItemDroppedProvidersItem,
    )
    from .error_upstream_error import ErrorUpstreamError
    from .file_response import FileResponse
    from .file_upload_request import FileUploadRequest
    from .finalize_realtime_session_body import (
        FinalizeRealtimeSessionBody,
        FinalizeRealtimeSessionBodyStatus,
    )
    from .function_tool_definition import (
        FunctionToolDefinition,
        FunctionToolDefinitionFunction,
        FunctionToolDefinitionType,
    )
    from .fusion_tool_definition import (
        FusionToolDefinition,
        FusionToolDefinitionParameters,
        FusionToolDefinitionType,
    )
    from .gateway_capabilities import GatewayCapabilities
    from .gateway_capability_status import GatewayCapabilityStatus
    from .gateway_datetime_tool_definition import (
        GatewayDatetimeToolDefinition,
        GatewayDatetimeToolDefinitionParameters,
        GatewayDatetimeToolDefinitionType,
    )
    from .gateway_feedback import GatewayFeedback, GatewayFeedbackSource
    from .gateway_feedback_create_request import (
        GatewayFeedbackCreateRequest,
        GatewayFeedbackCreateRequestSource,
    )
    from .gateway_feedback_list_response import GatewayFeedbackListResponse
    from .gateway_feedback_response import GatewayFeedbackResponse
    from .gateway_feedback_summary_response import (
        GatewayFeedbackSummaryResponse,
        GatewayFeedbackSummaryResponseGroupBy,
    )
    from .gateway_feedback_summary_row import GatewayFeedbackSummaryRow
    from .gateway_modalities import GatewayModalities
    from .gateway_model_lifecycle import GatewayModelLifecycle, GatewayModelLifecycleStatus
    from .gateway_model_limits import GatewayModelLimits
    from .gateway_model_offer import (
        GatewayModelOffer,
        GatewayModelOfferEffective,
        GatewayModelOfferProvider,
        GatewayModelOfferRouting,
        GatewayModelOfferStatus,
    )
    from .gateway_model_organization import GatewayModelOrganization
    from .gateway_models_response import (
        GatewayModelsResponse,
        GatewayModelsResponseAvailabilityMode,
    )
    from .gateway_observability_event import (
        GatewayObservabilityEvent,
        GatewayObservabilityEventCategory,
        GatewayObservabilityEventSource,
    )
    from .gateway_observability_event_create_request import (
        GatewayObservabilityEventCreateRequest,
        GatewayObservabilityEventCreateRequestCategory,
        GatewayObservabilityEventCreateRequestSource,
    )
    from .gateway_observability_event_list_response import GatewayObservabilityEventListResponse
    from .gateway_observability_event_response import GatewayObservabilityEventResponse
    from .gateway_pricing import GatewayPricing, GatewayPricingPricingPlan
    from .gateway_pricing_meter import GatewayPricingMeter, GatewayPricingMeterCurrency
    from .gateway_provider_availability_reason import GatewayProviderAvailabilityReason
    from .gateway_request_log import GatewayRequestLog
    from .gateway_request_log_list_response import GatewayRequestLogListResponse
    from .gateway_request_log_response import GatewayRequestLogResponse
    from .gateway_routing_status import GatewayRoutingStatus
    from .gateway_web_fetch_tool_definition import (
        GatewayWebFetchToolDefinition,
        GatewayWebFetchToolDefinitionParameters,
        GatewayWebFetchToolDefinitionType,
    )
    from .gateway_web_search_tool_definition import (
        GatewayWebSearchToolDefinition,
        GatewayWebSearchToolDefinitionParameters,
        GatewayWebSearchToolDefinitionType,
    )
    from .generation_response import GenerationResponse, GenerationResponseUsage
    from .get_generation_response401 import GetGenerationResponse401
    from .get_generation_response404 import GetGenerationResponse404
    from .get_health_response200 import GetHealthResponse200
    from .guardrail import (
        Guardrail,
        GuardrailModelRestrictionMode,
        GuardrailPromptInjectionAction,
        GuardrailProviderRestrictionMode,
        GuardrailSensitiveInfoDefaultAction,
    )
    from .guardrail_budget_input import GuardrailBudgetInput
    from .guardrail_create_request import GuardrailCreateRequest
    from .guardrail_delete_response import GuardrailDeleteResponse
    from .guardrail_detail_response import (
        GuardrailDetailResponse,
        GuardrailDetailResponseData,
        GuardrailDetailResponseDataModelRestrictionMode,
        GuardrailDetailResponseDataPromptInjectionAction,
        GuardrailDetailResponseDataProviderRestrictionMode,
        GuardrailDetailResponseDataSensitiveInfoDefaultAction,
    )
    from .guardrail_key_add_response import GuardrailKeyAddResponse
    from .guardrail_key_assignment import GuardrailKeyAssignment
    from .guardrail_key_ids_replace_request import GuardrailKeyIdsReplaceRequest
    from .guardrail_key_ids_request import GuardrailKeyIdsRequest
    from .guardrail_key_list_response import GuardrailKeyListResponse
    from .guardrail_key_set_response import GuardrailKeySetResponse, GuardrailKeySetResponseData
    from .guardrail_list_response import GuardrailListResponse
    from .guardrail_member_add_response import GuardrailMemberAddResponse
    from .guardrail_member_assignment import GuardrailMemberAssignment
    from .guardrail_member_list_response import GuardrailMemberListResponse
    from .guardrail_policy_input import (
        GuardrailPolicyInput,
        GuardrailPolicyInputModelRestrictionMode,
        GuardrailPolicyInputPromptInjectionAction,
        GuardrailPolicyInputProviderRestrictionMode,
        GuardrailPolicyInputSensitiveInfoDefaultAction,
    )
    from .guardrail_remove_response import GuardrailRemoveResponse
    from .guardrail_response import GuardrailResponse
    from .guardrail_update_request import GuardrailUpdateRequest
    from .guardrail_user_ids_request import GuardrailUserIdsRequest
    from .image import Image
    from .image_config import ImageConfig, ImageConfigFontInputsItem, ImageConfigImageSize
    from .image_content_part import ImageContentPart, ImageContentPartImageUrl, ImageContentPartType
    from .image_moderation_input import (
        ImageModerationInput,
        ImageModerationInputImageUrl,
        ImageModerationInputType,
    )
    from .images_edit_request import ImagesEditRequest
    from .images_edit_response import ImagesEditResponse
    from .images_generation_request import ImagesGenerationRequest
    from .images_generation_response import ImagesGenerationResponse
    from .invalid_request_response import InvalidRequestResponse
    from .key_invalidate_response import KeyInvalidateResponse, KeyInvalidateResponseKey
    from .list_data_models_feed import ListDataModelsFeed
    from .list_data_models_format import ListDataModelsFormat
    from .list_data_models_response200 import ListDataModelsResponse200
    from .list_data_models_response500 import ListDataModelsResponse500
    from .list_model_endpoints_availability import ListModelEndpointsAvailability
    from .list_models_availability import ListModelsAvailability
    from .list_models_feed import ListModelsFeed
    from .list_models_format import ListModelsFormat
    from .list_organisations_response200 import ListOrganisationsResponse200
    from .list_organisations_response200_organisations_item import (
        ListOrganisationsResponse200OrganisationsItem,
    )
    from .list_pricing_models_response200 import ListPricingModelsResponse200
    from .list_providers_response200 import ListProvidersResponse200
    from .list_providers_response500 import ListProvidersResponse500
    from .list_team_models_availability import ListTeamModelsAvailability
    from .list_team_models_feed import ListTeamModelsFeed
    from .list_team_models_format import ListTeamModelsFormat
    from .management_key_collection_response import ManagementKeyCollectionResponse
    from .management_key_runtime import ManagementKeyRuntime, ManagementKeyRuntimeStatus
    from .management_key_runtime_create_request import (
        ManagementKeyRuntimeCreateRequest,
        ManagementKeyRuntimeCreateRequestTemplate,
    )
    from .management_key_runtime_create_response import ManagementKeyRuntimeCreateResponse
    from .management_key_runtime_created import (
        ManagementKeyRuntimeCreated,
        ManagementKeyRuntimeCreatedStatus,
    )
    from .management_key_runtime_delete_response import ManagementKeyRuntimeDeleteResponse
    from .management_key_runtime_response import ManagementKeyRuntimeResponse
    from .management_key_runtime_update_request import (
        ManagementKeyRuntimeUpdateRequest,
        ManagementKeyRuntimeUpdateRequestTemplate,
    )
    from .message_content_part import MessageContentPart
    from .model import Model, ModelVariantsValue
    from .model_availability import ModelAvailability, ModelAvailabilityStatus
    from .model_endpoint_capability import (
        ModelEndpointCapability,
        ModelEndpointCapabilityCollection,
        ModelEndpointCapabilityEffective,
        ModelEndpointCapabilityProvider,
        ModelEndpointCapabilityRouting,
        ModelEndpointCapabilityStatus,
    )
    from .model_endpoints_response import (
        ModelEndpointsResponse,
        ModelEndpointsResponseAvailabilityMode,
    )
    from .model_id import ModelId
    from .model_lifecycle import ModelLifecycle, ModelLifecycleStatus
    from .moderation_categories import ModerationCategories
    from .moderation_category_scores import ModerationCategoryScores
    from .moderation_result import ModerationResult
    from .moderations_request import ModerationsRequest
    from .moderations_response import ModerationsResponse, ModerationsResponseMeta
    from .music_generate_request import (
        MusicGenerateRequest,
        MusicGenerateRequestElevenlabs,
        MusicGenerateRequestFormat,
        MusicGenerateRequestSuno,
        MusicGenerateRequestSunoVocalGender,
    )
    from .music_generate_response import (
        MusicGenerateResponse,
        MusicGenerateResponseObject,
        MusicGenerateResponseStatus,
    )
    from .o_auth_client import OAuthClient, OAuthClientClientType
    from .o_auth_client_create_request import (
        OAuthClientCreateRequest,
        OAuthClientCreateRequestClientType,
    )
    from .o_auth_client_create_response import OAuthClientCreateResponse
    from .o_auth_client_delete_response import OAuthClientDeleteResponse
    from .o_auth_client_input import OAuthClientInput
    from .o_auth_client_list_response import (
        OAuthClientListResponse,
        OAuthClientListResponsePagination,
    )
    from .o_auth_client_secret_response import OAuthClientSecretResponse
    from .o_auth_client_update_request import OAuthClientUpdateRequest
    from .observability_destination import (
        ObservabilityDestination,
        ObservabilityDestinationGroupJoin,
    )
    from .observability_destination_create_request import ObservabilityDestinationCreateRequest
    from .observability_destination_list_response import ObservabilityDestinationListResponse
    from .observability_destination_policy_input import (
        ObservabilityDestinationPolicyInput,
        ObservabilityDestinationPolicyInputGroupJoin,
    )
    from .observability_destination_response import ObservabilityDestinationResponse
    from .observability_destination_type import ObservabilityDestinationType
    from .observability_destination_update_request import ObservabilityDestinationUpdateRequest
    from .observability_key_filter import ObservabilityKeyFilter, ObservabilityKeyFilterMode
    from .observability_logging_policy import (
        ObservabilityLoggingPolicy,
        ObservabilityLoggingPolicyBillingStatus,
    )
    from .observability_logging_policy_response import ObservabilityLoggingPolicyResponse
    from .observability_logging_policy_update_request import ObservabilityLoggingPolicyUpdateRequest
    from .observability_rule import (
        ObservabilityRule,
        ObservabilityRuleCondition,
        ObservabilityRuleField,
    )
    from .observability_rule_group import ObservabilityRuleGroup, ObservabilityRuleGroupMatch
    from .ocr_request import OcrRequest
    from .ocr_response import OcrResponse
    from .open_async_job_web_socket_kind import OpenAsyncJobWebSocketKind
    from .organisation_id import OrganisationId
    from .parse_block import (
        ParseBlock,
        ParseBlockVariant0,
        ParseBlockVariant0Text,
        ParseBlockVariant0Type,
        ParseBlockVariant1,
        ParseBlockVariant1Type,
        ParseBlockVariant2,
        ParseBlockVariant2Table,
        ParseBlockVariant2TableType,
        ParseBlockVariant2Type,
    )
    from .parse_bounding_box import ParseBoundingBox
    from .parse_image import ParseImage, ParseImageCategory
    from .parse_page import (
        ParsePage,
        ParsePageVariant0,
        ParsePageVariant0Markdown,
        ParsePageVariant0Type,
        ParsePageVariant1,
        ParsePageVariant1Type,
    )
    from .parse_request import (
        ParseRequest,
        ParseRequestDocument,
        ParseRequestDocumentType,
        ParseRequestOutputFormat,
    )
    from .parse_response import ParseResponse, ParseResponseObject
    from .preset import Preset
    from .preset_config import PresetConfig
    from .preset_create_request import PresetCreateRequest
    from .preset_create_response import PresetCreateResponse
    from .preset_fork_request import PresetForkRequest
    from .preset_list_response import PresetListResponse
    from .preset_publisher import PresetPublisher
    from .preset_publisher_response import PresetPublisherResponse
    from .preset_publisher_update_request import PresetPublisherUpdateRequest
    from .preset_response import PresetResponse
    from .preset_test_run import PresetTestRun, PresetTestRunStatus
    from .preset_test_run_create_request import (
        PresetTestRunCreateRequest,
        PresetTestRunCreateRequestStatus,
    )
    from .preset_test_run_detail_response import PresetTestRunDetailResponse
    from .preset_test_run_list_response import PresetTestRunListResponse
    from .preset_test_run_response import PresetTestRunResponse
    from .preset_test_run_update_request import (
        PresetTestRunUpdateRequest,
        PresetTestRunUpdateRequestStatus,
    )
    from .preset_update_request import PresetUpdateRequest
    from .preset_upstream_apply_request import PresetUpstreamApplyRequest
    from .preset_upstream_apply_response import (
        PresetUpstreamApplyResponse,
        PresetUpstreamApplyResponseData,
    )
    from .preset_version import PresetVersion
    from .preset_version_list_response import PresetVersionListResponse
    from .preset_version_publish_request import PresetVersionPublishRequest
    from .preset_version_response import PresetVersionResponse
    from .preset_versioning_method import PresetVersioningMethod
    from .preset_visibility import PresetVisibility
    from .provider import Provider
    from .provider_credential import ProviderCredential
    from .provider_credential_create_request import ProviderCredentialCreateRequest
    from .provider_credential_delete_response import ProviderCredentialDeleteResponse
    from .provider_credential_list_response import ProviderCredentialListResponse
    from .provider_credential_reorder_request import ProviderCredentialReorderRequest
    from .provider_credential_reorder_response import ProviderCredentialReorderResponse
    from .provider_credential_response import ProviderCredentialResponse
    from .provider_credential_routing_mode import ProviderCredentialRoutingMode
    from .provider_credential_update_request import ProviderCredentialUpdateRequest
    from .provider_options import (
        ProviderOptions,
        ProviderOptionsAnthropic,
        ProviderOptionsGoogle,
        ProviderOptionsOpenai,
        ProviderOptionsOpenaiContextManagement,
        ProviderOptionsOpenaiContextManagementType,
    )
    from .provider_routing_options import (
        ProviderRoutingOptions,
        ProviderRoutingOptionsDataCollection,
        ProviderRoutingOptionsMaxPrice,
    )
    from .reasoning_config import (
        ReasoningConfig,
        ReasoningConfigEffort,
        ReasoningConfigMode,
        ReasoningConfigSummary,
    )
    from .rerank_document import RerankDocument
    from .rerank_request import RerankRequest
    from .rerank_response import RerankResponse
    from .rerank_result import RerankResult
    from .responses_input_item import ResponsesInputItem, ResponsesInputItemRole
    from .responses_output_audio_part import (
        ResponsesOutputAudioPart,
        ResponsesOutputAudioPartAudioUrl,
        ResponsesOutputAudioPartFormat,
        ResponsesOutputAudioPartType,
    )
    from .responses_output_content_part import ResponsesOutputContentPart
    from .responses_output_image_part import (
        ResponsesOutputImagePart,
        ResponsesOutputImagePartImageUrl,
        ResponsesOutputImagePartType,
    )
    from .responses_output_item import ResponsesOutputItem
    from .responses_output_text_part import ResponsesOutputTextPart, ResponsesOutputTextPartType
    from .responses_request import (
        ResponsesRequest,
        ResponsesRequestModalitiesItem,
        ResponsesRequestServiceTier,
        ResponsesRequestTruncation,
    )
    from .responses_response import ResponsesResponse, ResponsesResponseStatus
    from .search_models_tool_definition import (
        SearchModelsToolDefinition,
        SearchModelsToolDefinitionParameters,
        SearchModelsToolDefinitionType,
    )
    from .server_tool_usage import ServerToolUsage
    from .subagent_tool_definition import SubagentToolDefinition, SubagentToolDefinitionType
    from .summarize_gateway_feedback_group_by import SummarizeGatewayFeedbackGroupBy
    from .supported_parameter_details import SupportedParameterDetails
    from .text_content_part import TextContentPart, TextContentPartType
    from .text_generate_tool import TextGenerateTool
    from .text_moderation_input import TextModerationInput, TextModerationInputType
    from .text_tool_choice import TextToolChoice, TextToolChoiceVariant0
    from .tool_call import ToolCall, ToolCallFunction, ToolCallType
    from .tool_call_content_part import (
        ToolCallContentPart,
        ToolCallContentPartFunction,
        ToolCallContentPartType,
    )
    from .updated_response import UpdatedResponse, UpdatedResponseData
    from .upload_file_provider import UploadFileProvider
    from .usage import Usage
    from .video_billing_summary import VideoBillingSummary, VideoBillingSummaryState
    from .video_content_part import VideoContentPart, VideoContentPartType
    from .video_generation_response import (
        VideoGenerationResponse,
        VideoGenerationResponseAsset,
        VideoGenerationResponseLifecycleStatus,
        VideoGenerationResponseOutputAccess,
        VideoGenerationResponseStatus,
        VideoGenerationResponseUsage,
    )
    from .video_output import VideoOutput
    from .webhook_endpoint import WebhookEndpoint, WebhookEndpointStatus
    from .webhook_endpoint_create_request import WebhookEndpointCreateRequest
    from .webhook_endpoint_delete_response import (
        WebhookEndpointDeleteResponse,
        WebhookEndpointDeleteResponseObject,
    )
    from .webhook_endpoint_list_response import (
        WebhookEndpointListResponse,
        WebhookEndpointListResponseObject,
    )
    from .webhook_endpoint_secret_response import (
        WebhookEndpointSecretResponse,
        WebhookEndpointSecretResponseStatus,
    )
    from .webhook_endpoint_update_request import (
        WebhookEndpointUpdateRequest,
        WebhookEndpointUpdateRequestStatus,
    )
    from .workspace import Workspace
    from .workspace_activity_entry import WorkspaceActivityEntry
    from .workspace_activity_response import WorkspaceActivityResponse
    from .workspace_app import WorkspaceApp
    from .workspace_app_list_response import WorkspaceAppListResponse
    from .workspace_app_merge_request import WorkspaceAppMergeRequest
    from .workspace_app_merge_response import (
        WorkspaceAppMergeResponse,
        WorkspaceAppMergeResponseData,
    )
    from .workspace_app_response import WorkspaceAppResponse
    from .workspace_app_update_request import WorkspaceAppUpdateRequest
    from .workspace_assignable_role import WorkspaceAssignableRole
    from .workspace_audit_event import WorkspaceAuditEvent
    from .workspace_audit_event_actor import WorkspaceAuditEventActor
    from .workspace_audit_event_limits import WorkspaceAuditEventLimits
    from .workspace_audit_event_list_response import WorkspaceAuditEventListResponse
    from .workspace_audit_event_metadata import WorkspaceAuditEventMetadata
    from .workspace_auto_top_up_settings import WorkspaceAutoTopUpSettings
    from .workspace_auto_top_up_update import WorkspaceAutoTopUpUpdate
    from .workspace_budget import WorkspaceBudget
    from .workspace_budget_delete_response import (
        WorkspaceBudgetDeleteResponse,
        WorkspaceBudgetDeleteResponseData,
    )
    from .workspace_budget_input import WorkspaceBudgetInput
    from .workspace_budget_interval import WorkspaceBudgetInterval
    from .workspace_budget_list_response import WorkspaceBudgetListResponse
    from .workspace_budget_response import WorkspaceBudgetResponse
    from .workspace_budget_update_input import WorkspaceBudgetUpdateInput
    from .workspace_create_request import WorkspaceCreateRequest
    from .workspace_department import WorkspaceDepartment, WorkspaceDepartmentSourceType
    from .workspace_department_create_request import WorkspaceDepartmentCreateRequest
    from .workspace_department_input import (
        WorkspaceDepartmentInput,
        WorkspaceDepartmentInputColor,
        WorkspaceDepartmentInputIcon,
    )
    from .workspace_department_list_response import WorkspaceDepartmentListResponse
    from .workspace_department_member import (
        WorkspaceDepartmentMember,
        WorkspaceDepartmentMemberPosition,
    )
    from .workspace_department_member_request import (
        WorkspaceDepartmentMemberRequest,
        WorkspaceDepartmentMemberRequestPosition,
    )
    from .workspace_department_member_response import WorkspaceDepartmentMemberResponse
    from .workspace_department_response import WorkspaceDepartmentResponse
    from .workspace_department_update_request import WorkspaceDepartmentUpdateRequest
    from .workspace_directory_member import (
        WorkspaceDirectoryMember,
        WorkspaceDirectoryMemberEffectiveRole,
        WorkspaceDirectoryMemberRoleOverride,
        WorkspaceDirectoryMemberStatus,
    )
    from .workspace_directory_member_update_request import (
        WorkspaceDirectoryMemberUpdateRequest,
        WorkspaceDirectoryMemberUpdateRequestAccessRole,
        WorkspaceDirectoryMemberUpdateRequestDepartmentMode,
        WorkspaceDirectoryMemberUpdateRequestDepartmentPosition,
    )
    from .workspace_directory_response import (
        WorkspaceDirectoryResponse,
        WorkspaceDirectoryResponseData,
    )
    from .workspace_group_mapping import (
        WorkspaceGroupMapping,
        WorkspaceGroupMappingAccessRole,
        WorkspaceGroupMappingDepartmentPosition,
    )
    from .workspace_group_mapping_create_request import (
        WorkspaceGroupMappingCreateRequest,
        WorkspaceGroupMappingCreateRequestAccessRole,
        WorkspaceGroupMappingCreateRequestDepartmentPosition,
    )
    from .workspace_group_mapping_list_response import WorkspaceGroupMappingListResponse
    from .workspace_group_mapping_response import WorkspaceGroupMappingResponse
    from .workspace_group_mapping_update_request import (
        WorkspaceGroupMappingUpdateRequest,
        WorkspaceGroupMappingUpdateRequestAccessRole,
        WorkspaceGroupMappingUpdateRequestDepartmentPosition,
    )
    from .workspace_invite import WorkspaceInvite
    from .workspace_invite_create_request import WorkspaceInviteCreateRequest
    from .workspace_invite_create_response import WorkspaceInviteCreateResponse
    from .workspace_invite_list_response import WorkspaceInviteListResponse
    from .workspace_join_request import WorkspaceJoinRequest
    from .workspace_join_request_list_response import WorkspaceJoinRequestListResponse
    from .workspace_join_request_response import WorkspaceJoinRequestResponse
    from .workspace_join_request_status import WorkspaceJoinRequestStatus
    from .workspace_list_response import WorkspaceListResponse
    from .workspace_low_balance_email_settings import WorkspaceLowBalanceEmailSettings
    from .workspace_low_balance_email_update import WorkspaceLowBalanceEmailUpdate
    from .workspace_member import WorkspaceMember
    from .workspace_member_add_response import WorkspaceMemberAddResponse
    from .workspace_member_bulk_request import WorkspaceMemberBulkRequest
    from .workspace_member_list_response import WorkspaceMemberListResponse
    from .workspace_member_remove_request import WorkspaceMemberRemoveRequest
    from .workspace_member_remove_response import WorkspaceMemberRemoveResponse
    from .workspace_member_response import WorkspaceMemberResponse
    from .workspace_member_role_update_request import WorkspaceMemberRoleUpdateRequest
    from .workspace_notification_destination import (
        WorkspaceNotificationDestination,
        WorkspaceNotificationDestinationStatus,
    )
    from .workspace_notification_destination_create_request import (
        WorkspaceNotificationDestinationCreateRequest,
    )
    from .workspace_notification_destination_list_response import (
        WorkspaceNotificationDestinationListResponse,
    )
    from .workspace_notification_destination_response import (
        WorkspaceNotificationDestinationResponse,
    )
    from .workspace_notification_destination_test_request import (
        WorkspaceNotificationDestinationTestRequest,
    )
    from .workspace_notification_destination_type import WorkspaceNotificationDestinationType
    from .workspace_notification_email_preferences import WorkspaceNotificationEmailPreferences
    from .workspace_notification_email_preferences_update import (
        WorkspaceNotificationEmailPreferencesUpdate,
    )
    from .workspace_notification_event_kind import WorkspaceNotificationEventKind
    from .workspace_notification_route import WorkspaceNotificationRoute
    from .workspace_notification_route_map import WorkspaceNotificationRouteMap
    from .workspace_notification_route_response import WorkspaceNotificationRouteResponse
    from .workspace_notification_route_update_request import WorkspaceNotificationRouteUpdateRequest
    from .workspace_notification_routes_response import WorkspaceNotificationRoutesResponse
    from .workspace_notification_settings import WorkspaceNotificationSettings
    from .workspace_notification_settings_response import WorkspaceNotificationSettingsResponse
    from .workspace_notification_settings_update_request import (
        WorkspaceNotificationSettingsUpdateRequest,
    )
    from .workspace_notification_test_response import (
        WorkspaceNotificationTestResponse,
        WorkspaceNotificationTestResponseData,
    )
    from .workspace_provider_restriction_mode import WorkspaceProviderRestrictionMode
    from .workspace_response import WorkspaceResponse
    from .workspace_role import WorkspaceRole
    from .workspace_routing_mode import WorkspaceRoutingMode
    from .workspace_scim_audit_response import WorkspaceScimAuditResponse
    from .workspace_scim_endpoint import WorkspaceScimEndpoint
    from .workspace_scim_endpoint_response import WorkspaceScimEndpointResponse
    from .workspace_scim_event import WorkspaceScimEvent
    from .workspace_scim_response import WorkspaceScimResponse, WorkspaceScimResponseData
    from .workspace_scim_token import WorkspaceScimToken
    from .workspace_scim_token_create_request import WorkspaceScimTokenCreateRequest
    from .workspace_scim_token_create_response import (
        WorkspaceScimTokenCreateResponse,
        WorkspaceScimTokenCreateResponseData,
    )
    from .workspace_scim_update_request import WorkspaceScimUpdateRequest
    from .workspace_settings import WorkspaceSettings, WorkspaceSettingsResponseHealingMode
    from .workspace_settings_response import WorkspaceSettingsResponse
    from .workspace_settings_update_request import (
        WorkspaceSettingsUpdateRequest,
        WorkspaceSettingsUpdateRequestResponseHealingMode,
    )
    from .workspace_sso_response import WorkspaceSsoResponse
    from .workspace_sso_settings import WorkspaceSsoSettings, WorkspaceSsoSettingsMode
    from .workspace_sso_update_request import (
        WorkspaceSsoUpdateRequest,
        WorkspaceSsoUpdateRequestMode,
    )
    from .workspace_update_request import WorkspaceUpdateRequest

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
    "ManagementKeyRuntimeCreateRequest",
    "ManagementKeyRuntimeCreateRequestTemplate",
    "ManagementKeyRuntimeCreateResponse",
    "ManagementKeyRuntimeCreated",
    "ManagementKeyRuntimeCreatedStatus",
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
    "PresetVersionListResponse",
    "PresetVersionPublishRequest",
    "PresetVersionResponse",
    "PresetVersioningMethod",
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
    "WorkspaceNotificationRouteUpdateRequest",
    "WorkspaceNotificationRoutesResponse",
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

# Where each name is defined: the module of this package to import on first use.
_MODULES: dict[str, str] = {
    "ActivityEntry": "activity_entry",
    "AnalyticsResponse": "analytics_response",
    "AnthropicContentBlock": "anthropic_content_block",
    "AnthropicContentBlockSource": "anthropic_content_block",
    "AnthropicContentBlockType": "anthropic_content_block",
    "AnthropicMessage": "anthropic_message",
    "AnthropicMessageRole": "anthropic_message",
    "AnthropicMessagesRequest": "anthropic_messages_request",
    "AnthropicMessagesRequestSystemVariant1Item": "anthropic_messages_request",
    "AnthropicMessagesRequestSystemVariant1ItemType": "anthropic_messages_request",
    "AnthropicMessagesResponse": "anthropic_messages_response",
    "AnthropicMessagesResponseRole": "anthropic_messages_response",
    "AnthropicTool": "anthropic_tool",
    "AnthropicUsage": "anthropic_usage",
    "ApiKey": "api_key",
    "ApiKeyCreateRequest": "api_key_create_request",
    "ApiKeyCreateRequestLimitReset": "api_key_create_request",
    "ApiKeyLimitBucket": "api_key_limit_bucket",
    "ApiKeyLimitInputBucket": "api_key_limit_input_bucket",
    "ApiKeyLimitInputWindows": "api_key_limit_input_windows",
    "ApiKeyLimitReset": "api_key",
    "ApiKeyLimitWindows": "api_key_limit_windows",
    "ApiKeyListResponse": "api_key_list_response",
    "ApiKeyResponse": "api_key_response",
    "ApiKeyRotateRequest": "api_key_rotate_request",
    "ApiKeyRotateResponse": "api_key_rotate_response",
    "ApiKeyScopeValue": "api_key_scope_value",
    "ApiKeyUpdateRequest": "api_key_update_request",
    "ApiKeyUpdateRequestLimitReset": "api_key_update_request",
    "ApiKeyUsageBucket": "api_key_usage_bucket",
    "ApiKeyUsageWindows": "api_key_usage_windows",
    "ApiKeyWithValue": "api_key_with_value",
    "ApiKeyWithValueResponse": "api_key_with_value_response",
    "AsyncJobWebSocketClientEvent": "async_job_web_socket_client_event",
    "AsyncJobWebSocketClientEventType": "async_job_web_socket_client_event",
    "AsyncJobWebSocketServerEvent": "async_job_web_socket_server_event",
    "AsyncJobWebSocketServerEventDataVariant2": "async_job_web_socket_server_event",
    "AsyncJobWebSocketServerEventDataVariant2Kind": "async_job_web_socket_server_event",
    "AsyncJobWebSocketServerEventType": "async_job_web_socket_server_event",
    "AsyncJobWebSocketUpgradeRequiredResponse": "async_job_web_socket_upgrade_required_response",
    "AsyncJobWebSocketUpgradeRequiredResponseError": "async_job_web_socket_upgrade_required_response",
    "AsyncWebhookDeliveryAttempt": "async_webhook_delivery_attempt",
    "AsyncWebhookDeliveryAttemptStatus": "async_webhook_delivery_attempt",
    "AsyncWebhookDeliverySummary": "async_webhook_delivery_summary",
    "AsyncWebhookDeliverySummaryLastAttemptStatus": "async_webhook_delivery_summary",
    "AsyncWebhookPublicState": "async_webhook_public_state",
    "AudioContentPart": "audio_content_part",
    "AudioContentPartInputAudio": "audio_content_part",
    "AudioContentPartInputAudioFormat": "audio_content_part",
    "AudioContentPartType": "audio_content_part",
    "AudioSpeechRequest": "audio_speech_request",
    "AudioSpeechRequestFormat": "audio_speech_request",
    "AudioTranscriptionRequest": "audio_transcription_request",
    "AudioTranscriptionRequestChunkingStrategyVariant0": "audio_transcription_request",
    "AudioTranscriptionRequestChunkingStrategyVariant1": "audio_transcription_request",
    "AudioTranscriptionRequestChunkingStrategyVariant1Type": "audio_transcription_request",
    "AudioTranscriptionResponse": "audio_transcription_response",
    "AudioTranslationRequest": "audio_translation_request",
    "AudioTranslationResponse": "audio_translation_response",
    "BatchBillingSummary": "batch_billing_summary",
    "BatchBillingSummaryState": "batch_billing_summary",
    "BatchRequestCounts": "batch_request_counts",
    "BatchResponse": "batch_response",
    "BatchResponseLifecycleStatus": "batch_response",
    "BatchResponseUsage": "batch_response",
    "CacheControl": "cache_control",
    "CalculatePricingBody": "calculate_pricing_body",
    "CalculatePricingResponse200": "calculate_pricing_response200",
    "ChatAudioOutputPart": "chat_audio_output_part",
    "ChatAudioOutputPartAudioUrl": "chat_audio_output_part",
    "ChatAudioOutputPartFormat": "chat_audio_output_part",
    "ChatAudioOutputPartType": "chat_audio_output_part",
    "ChatChoice": "chat_choice",
    "ChatChoiceFinishReason": "chat_choice",
    "ChatCompletionsRequest": "chat_completions_request",
    "ChatCompletionsRequestModalitiesItem": "chat_completions_request",
    "ChatCompletionsRequestProviderVariant0": "chat_completions_request",
    "ChatCompletionsRequestReasoningEffort": "chat_completions_request",
    "ChatCompletionsRequestResponseFormatVariant1": "chat_completions_request",
    "ChatCompletionsRequestServiceTier": "chat_completions_request",
    "ChatCompletionsResponse": "chat_completions_response",
    "ChatImageOutputPart": "chat_image_output_part",
    "ChatImageOutputPartImageUrl": "chat_image_output_part",
    "ChatImageOutputPartType": "chat_image_output_part",
    "ChatMessage": "chat_message",
    "ChatMessageRole": "chat_message",
    "CreateRealtimeSessionBody": "create_realtime_session_body",
    "CreateRealtimeSessionBodySource": "create_realtime_session_body",
    "CreateRealtimeSessionBodyType": "create_realtime_session_body",
    "CreditsResponse": "credits_response",
    "CreditsResponseCredits": "credits_response",
    "DataContributionCategories": "data_contribution_categories",
    "DataContributionClassifier": "data_contribution_classifier",
    "DataContributionClassifierCreateRequest": "data_contribution_classifier_create_request",
    "DataContributionClassifierCreateRequestServiceTier": "data_contribution_classifier_create_request",
    "DataContributionClassifierDeleteResponse": "data_contribution_classifier_delete_response",
    "DataContributionClassifierDeleteResponseData": "data_contribution_classifier_delete_response",
    "DataContributionClassifierInput": "data_contribution_classifier_input",
    "DataContributionClassifierInputServiceTier": "data_contribution_classifier_input",
    "DataContributionClassifierKind": "data_contribution_classifier",
    "DataContributionClassifierResponse": "data_contribution_classifier_response",
    "DataContributionClassifierServiceTier": "data_contribution_classifier",
    "DataContributionClassifierUpdateRequest": "data_contribution_classifier_update_request",
    "DataContributionConsentRequest": "data_contribution_consent_request",
    "DataContributionConsentResponse": "data_contribution_consent_response",
    "DataContributionConsentResponseData": "data_contribution_consent_response",
    "DataContributionOverviewResponse": "data_contribution_overview_response",
    "DataContributionOverviewResponseData": "data_contribution_overview_response",
    "DataContributionOverviewResponseDataLast30Days": "data_contribution_overview_response",
    "DataModel": "data_model",
    "DataModelOrganisation": "data_model_organisation",
    "DebugOptions": "debug_options",
    "DebugOptionsTraceLevel": "debug_options",
    "DeletedResponse": "deleted_response",
    "DynamicRoute": "dynamic_route",
    "DynamicRouteAction": "dynamic_route_action",
    "DynamicRouteCondition": "dynamic_route_condition",
    "DynamicRouteConditionField": "dynamic_route_condition",
    "DynamicRouteConditionOperator": "dynamic_route_condition",
    "DynamicRouteConfig": "dynamic_route_config",
    "DynamicRouteConfigSchemaVersion": "dynamic_route_config",
    "DynamicRouteCreateRequest": "dynamic_route_create_request",
    "DynamicRouteCreateRequestStatus": "dynamic_route_create_request",
    "DynamicRouteDeleteResponse": "dynamic_route_delete_response",
    "DynamicRouteDeleteResponseData": "dynamic_route_delete_response",
    "DynamicRouteDeployResponse": "dynamic_route_deploy_response",
    "DynamicRouteDeployResponseData": "dynamic_route_deploy_response",
    "DynamicRouteEdge": "dynamic_route_edge",
    "DynamicRouteKeysResponse": "dynamic_route_keys_response",
    "DynamicRouteKeysResponseData": "dynamic_route_keys_response",
    "DynamicRouteKeysUpdateRequest": "dynamic_route_keys_update_request",
    "DynamicRouteListResponse": "dynamic_route_list_response",
    "DynamicRouteNode": "dynamic_route_node",
    "DynamicRouteNodePosition": "dynamic_route_node",
    "DynamicRouteNodeType": "dynamic_route_node",
    "DynamicRouteResponse": "dynamic_route_response",
    "DynamicRouteRule": "dynamic_route_rule",
    "DynamicRouteStatus": "dynamic_route",
    "DynamicRouteUpdateRequest": "dynamic_route_update_request",
    "DynamicRouteUpdateRequestStatus": "dynamic_route_update_request",
    "DynamicRouteVersion": "dynamic_route_version",
    "DynamicRouteVersionStatus": "dynamic_route_version",
    "Embedding": "embedding",
    "EmbeddingsMultimodalInput": "embeddings_multimodal_input",
    "EmbeddingsMultimodalInputContentItemVariant0": "embeddings_multimodal_input",
    "EmbeddingsMultimodalInputContentItemVariant0Type": "embeddings_multimodal_input",
    "EmbeddingsMultimodalInputContentItemVariant1": "embeddings_multimodal_input",
    "EmbeddingsMultimodalInputContentItemVariant1ImageUrlVariant1": "embeddings_multimodal_input",
    "EmbeddingsMultimodalInputContentItemVariant1Type": "embeddings_multimodal_input",
    "EmbeddingsMultimodalInputContentItemVariant1UrlVariant1": "embeddings_multimodal_input",
    "EmbeddingsMultimodalInputContentItemVariant2": "embeddings_multimodal_input",
    "EmbeddingsMultimodalInputContentItemVariant2InputAudio": "embeddings_multimodal_input",
    "EmbeddingsMultimodalInputContentItemVariant2Type": "embeddings_multimodal_input",
    "EmbeddingsMultimodalInputContentItemVariant3": "embeddings_multimodal_input",
    "EmbeddingsMultimodalInputContentItemVariant3Type": "embeddings_multimodal_input",
    "EmbeddingsMultimodalInputContentItemVariant3UrlVariant1": "embeddings_multimodal_input",
    "EmbeddingsMultimodalInputContentItemVariant3VideoUrlVariant1": "embeddings_multimodal_input",
    "EmbeddingsRequest": "embeddings_request",
    "EmbeddingsRequestEncodingFormat": "embeddings_request",
    "EmbeddingsRequestProviderOptions": "embeddings_request",
    "EmbeddingsRequestProviderOptionsGoogle": "embeddings_request",
    "EmbeddingsRequestProviderOptionsMistral": "embeddings_request",
    "EmbeddingsRequestProviderOptionsMistralOutputDtype": "embeddings_request",
    "EmbeddingsResponse": "embeddings_response",
    "EndpointCatalogueEntry": "endpoint_catalogue_entry",
    "EndpointCatalogueResponse": "endpoint_catalogue_response",
    "ErrorFailureSampleItem": "error_failure_sample_item",
    "ErrorProviderCandidateDiagnostics": "error_provider_candidate_diagnostics",
    "ErrorProviderCandidateDiagnosticsDroppedMissingAdapterItem": "error_provider_candidate_diagnostics",
    "ErrorProviderEnablementDiagnostics": "error_provider_enablement_diagnostics",
    "ErrorProviderEnablementDiagnosticsDroppedItem": "error_provider_enablement_diagnostics",
    "ErrorProviderFailureDiagnostics": "error_provider_failure_diagnostics",
    "ErrorProviderFailureDiagnosticsCategory": "error_provider_failure_diagnostics",
    "ErrorResponse": "error_response",
    "ErrorResponseErrorOrigin": "error_response",
    "ErrorResponseErrorType": "error_response",
    "ErrorRoutingDiagnostics": "error_routing_diagnostics",
    "ErrorRoutingDiagnosticsFilterStagesItem": "error_routing_diagnostics",
    "ErrorRoutingDiagnosticsFilterStagesItemDroppedProvidersItem": "error_routing_diagnostics",
    "ErrorUpstreamError": "error_upstream_error",
    "FileResponse": "file_response",
    "FileUploadRequest": "file_upload_request",
    "FinalizeRealtimeSessionBody": "finalize_realtime_session_body",
    "FinalizeRealtimeSessionBodyStatus": "finalize_realtime_session_body",
    "FunctionToolDefinition": "function_tool_definition",
    "FunctionToolDefinitionFunction": "function_tool_definition",
    "FunctionToolDefinitionType": "function_tool_definition",
    "FusionToolDefinition": "fusion_tool_definition",
    "FusionToolDefinitionParameters": "fusion_tool_definition",
    "FusionToolDefinitionType": "fusion_tool_definition",
    "GatewayCapabilities": "gateway_capabilities",
    "GatewayCapabilityStatus": "gateway_capability_status",
    "GatewayDatetimeToolDefinition": "gateway_datetime_tool_definition",
    "GatewayDatetimeToolDefinitionParameters": "gateway_datetime_tool_definition",
    "GatewayDatetimeToolDefinitionType": "gateway_datetime_tool_definition",
    "GatewayFeedback": "gateway_feedback",
    "GatewayFeedbackCreateRequest": "gateway_feedback_create_request",
    "GatewayFeedbackCreateRequestSource": "gateway_feedback_create_request",
    "GatewayFeedbackListResponse": "gateway_feedback_list_response",
    "GatewayFeedbackResponse": "gateway_feedback_response",
    "GatewayFeedbackSource": "gateway_feedback",
    "GatewayFeedbackSummaryResponse": "gateway_feedback_summary_response",
    "GatewayFeedbackSummaryResponseGroupBy": "gateway_feedback_summary_response",
    "GatewayFeedbackSummaryRow": "gateway_feedback_summary_row",
    "GatewayModalities": "gateway_modalities",
    "GatewayModelLifecycle": "gateway_model_lifecycle",
    "GatewayModelLifecycleStatus": "gateway_model_lifecycle",
    "GatewayModelLimits": "gateway_model_limits",
    "GatewayModelOffer": "gateway_model_offer",
    "GatewayModelOfferEffective": "gateway_model_offer",
    "GatewayModelOfferProvider": "gateway_model_offer",
    "GatewayModelOfferRouting": "gateway_model_offer",
    "GatewayModelOfferStatus": "gateway_model_offer",
    "GatewayModelOrganization": "gateway_model_organization",
    "GatewayModelsResponse": "gateway_models_response",
    "GatewayModelsResponseAvailabilityMode": "gateway_models_response",
    "GatewayObservabilityEvent": "gateway_observability_event",
    "GatewayObservabilityEventCategory": "gateway_observability_event",
    "GatewayObservabilityEventCreateRequest": "gateway_observability_event_create_request",
    "GatewayObservabilityEventCreateRequestCategory": "gateway_observability_event_create_request",
    "GatewayObservabilityEventCreateRequestSource": "gateway_observability_event_create_request",
    "GatewayObservabilityEventListResponse": "gateway_observability_event_list_response",
    "GatewayObservabilityEventResponse": "gateway_observability_event_response",
    "GatewayObservabilityEventSource": "gateway_observability_event",
    "GatewayPricing": "gateway_pricing",
    "GatewayPricingMeter": "gateway_pricing_meter",
    "GatewayPricingMeterCurrency": "gateway_pricing_meter",
    "GatewayPricingPricingPlan": "gateway_pricing",
    "GatewayProviderAvailabilityReason": "gateway_provider_availability_reason",
    "GatewayRequestLog": "gateway_request_log",
    "GatewayRequestLogListResponse": "gateway_request_log_list_response",
    "GatewayRequestLogResponse": "gateway_request_log_response",
    "GatewayRoutingStatus": "gateway_routing_status",
    "GatewayWebFetchToolDefinition": "gateway_web_fetch_tool_definition",
    "GatewayWebFetchToolDefinitionParameters": "gateway_web_fetch_tool_definition",
    "GatewayWebFetchToolDefinitionType": "gateway_web_fetch_tool_definition",
    "GatewayWebSearchToolDefinition": "gateway_web_search_tool_definition",
    "GatewayWebSearchToolDefinitionParameters": "gateway_web_search_tool_definition",
    "GatewayWebSearchToolDefinitionType": "gateway_web_search_tool_definition",
    "GenerationResponse": "generation_response",
    "GenerationResponseUsage": "generation_response",
    "GetGenerationResponse401": "get_generation_response401",
    "GetGenerationResponse404": "get_generation_response404",
    "GetHealthResponse200": "get_health_response200",
    "Guardrail": "guardrail",
    "GuardrailBudgetInput": "guardrail_budget_input",
    "GuardrailCreateRequest": "guardrail_create_request",
    "GuardrailDeleteResponse": "guardrail_delete_response",
    "GuardrailDetailResponse": "guardrail_detail_response",
    "GuardrailDetailResponseData": "guardrail_detail_response",
    "GuardrailDetailResponseDataModelRestrictionMode": "guardrail_detail_response",
    "GuardrailDetailResponseDataPromptInjectionAction": "guardrail_detail_response",
    "GuardrailDetailResponseDataProviderRestrictionMode": "guardrail_detail_response",
    "GuardrailDetailResponseDataSensitiveInfoDefaultAction": "guardrail_detail_response",
    "GuardrailKeyAddResponse": "guardrail_key_add_response",
    "GuardrailKeyAssignment": "guardrail_key_assignment",
    "GuardrailKeyIdsReplaceRequest": "guardrail_key_ids_replace_request",
    "GuardrailKeyIdsRequest": "guardrail_key_ids_request",
    "GuardrailKeyListResponse": "guardrail_key_list_response",
    "GuardrailKeySetResponse": "guardrail_key_set_response",
    "GuardrailKeySetResponseData": "guardrail_key_set_response",
    "GuardrailListResponse": "guardrail_list_response",
    "GuardrailMemberAddResponse": "guardrail_member_add_response",
    "GuardrailMemberAssignment": "guardrail_member_assignment",
    "GuardrailMemberListResponse": "guardrail_member_list_response",
    "GuardrailModelRestrictionMode": "guardrail",
    "GuardrailPolicyInput": "guardrail_policy_input",
    "GuardrailPolicyInputModelRestrictionMode": "guardrail_policy_input",
    "GuardrailPolicyInputPromptInjectionAction": "guardrail_policy_input",
    "GuardrailPolicyInputProviderRestrictionMode": "guardrail_policy_input",
    "GuardrailPolicyInputSensitiveInfoDefaultAction": "guardrail_policy_input",
    "GuardrailPromptInjectionAction": "guardrail",
    "GuardrailProviderRestrictionMode": "guardrail",
    "GuardrailRemoveResponse": "guardrail_remove_response",
    "GuardrailResponse": "guardrail_response",
    "GuardrailSensitiveInfoDefaultAction": "guardrail",
    "GuardrailUpdateRequest": "guardrail_update_request",
    "GuardrailUserIdsRequest": "guardrail_user_ids_request",
    "Image": "image",
    "ImageConfig": "image_config",
    "ImageConfigFontInputsItem": "image_config",
    "ImageConfigImageSize": "image_config",
    "ImageContentPart": "image_content_part",
    "ImageContentPartImageUrl": "image_content_part",
    "ImageContentPartType": "image_content_part",
    "ImageModerationInput": "image_moderation_input",
    "ImageModerationInputImageUrl": "image_moderation_input",
    "ImageModerationInputType": "image_moderation_input",
    "ImagesEditRequest": "images_edit_request",
    "ImagesEditResponse": "images_edit_response",
    "ImagesGenerationRequest": "images_generation_request",
    "ImagesGenerationResponse": "images_generation_response",
    "InvalidRequestResponse": "invalid_request_response",
    "KeyInvalidateResponse": "key_invalidate_response",
    "KeyInvalidateResponseKey": "key_invalidate_response",
    "ListDataModelsFeed": "list_data_models_feed",
    "ListDataModelsFormat": "list_data_models_format",
    "ListDataModelsResponse200": "list_data_models_response200",
    "ListDataModelsResponse500": "list_data_models_response500",
    "ListModelEndpointsAvailability": "list_model_endpoints_availability",
    "ListModelsAvailability": "list_models_availability",
    "ListModelsFeed": "list_models_feed",
    "ListModelsFormat": "list_models_format",
    "ListOrganisationsResponse200": "list_organisations_response200",
    "ListOrganisationsResponse200OrganisationsItem": "list_organisations_response200_organisations_item",
    "ListPricingModelsResponse200": "list_pricing_models_response200",
    "ListProvidersResponse200": "list_providers_response200",
    "ListProvidersResponse500": "list_providers_response500",
    "ListTeamModelsAvailability": "list_team_models_availability",
    "ListTeamModelsFeed": "list_team_models_feed",
    "ListTeamModelsFormat": "list_team_models_format",
    "ManagementKeyCollectionResponse": "management_key_collection_response",
    "ManagementKeyRuntime": "management_key_runtime",
    "ManagementKeyRuntimeCreateRequest": "management_key_runtime_create_request",
    "ManagementKeyRuntimeCreateRequestTemplate": "management_key_runtime_create_request",
    "ManagementKeyRuntimeCreateResponse": "management_key_runtime_create_response",
    "ManagementKeyRuntimeCreated": "management_key_runtime_created",
    "ManagementKeyRuntimeCreatedStatus": "management_key_runtime_created",
    "ManagementKeyRuntimeDeleteResponse": "management_key_runtime_delete_response",
    "ManagementKeyRuntimeResponse": "management_key_runtime_response",
    "ManagementKeyRuntimeStatus": "management_key_runtime",
    "ManagementKeyRuntimeUpdateRequest": "management_key_runtime_update_request",
    "ManagementKeyRuntimeUpdateRequestTemplate": "management_key_runtime_update_request",
    "MessageContentPart": "message_content_part",
    "Model": "model",
    "ModelAvailability": "model_availability",
    "ModelAvailabilityStatus": "model_availability",
    "ModelEndpointCapability": "model_endpoint_capability",
    "ModelEndpointCapabilityCollection": "model_endpoint_capability",
    "ModelEndpointCapabilityEffective": "model_endpoint_capability",
    "ModelEndpointCapabilityProvider": "model_endpoint_capability",
    "ModelEndpointCapabilityRouting": "model_endpoint_capability",
    "ModelEndpointCapabilityStatus": "model_endpoint_capability",
    "ModelEndpointsResponse": "model_endpoints_response",
    "ModelEndpointsResponseAvailabilityMode": "model_endpoints_response",
    "ModelId": "model_id",
    "ModelLifecycle": "model_lifecycle",
    "ModelLifecycleStatus": "model_lifecycle",
    "ModelVariantsValue": "model",
    "ModerationCategories": "moderation_categories",
    "ModerationCategoryScores": "moderation_category_scores",
    "ModerationResult": "moderation_result",
    "ModerationsRequest": "moderations_request",
    "ModerationsResponse": "moderations_response",
    "ModerationsResponseMeta": "moderations_response",
    "MusicGenerateRequest": "music_generate_request",
    "MusicGenerateRequestElevenlabs": "music_generate_request",
    "MusicGenerateRequestFormat": "music_generate_request",
    "MusicGenerateRequestSuno": "music_generate_request",
    "MusicGenerateRequestSunoVocalGender": "music_generate_request",
    "MusicGenerateResponse": "music_generate_response",
    "MusicGenerateResponseObject": "music_generate_response",
    "MusicGenerateResponseStatus": "music_generate_response",
    "OAuthClient": "o_auth_client",
    "OAuthClientClientType": "o_auth_client",
    "OAuthClientCreateRequest": "o_auth_client_create_request",
    "OAuthClientCreateRequestClientType": "o_auth_client_create_request",
    "OAuthClientCreateResponse": "o_auth_client_create_response",
    "OAuthClientDeleteResponse": "o_auth_client_delete_response",
    "OAuthClientInput": "o_auth_client_input",
    "OAuthClientListResponse": "o_auth_client_list_response",
    "OAuthClientListResponsePagination": "o_auth_client_list_response",
    "OAuthClientSecretResponse": "o_auth_client_secret_response",
    "OAuthClientUpdateRequest": "o_auth_client_update_request",
    "ObservabilityDestination": "observability_destination",
    "ObservabilityDestinationCreateRequest": "observability_destination_create_request",
    "ObservabilityDestinationGroupJoin": "observability_destination",
    "ObservabilityDestinationListResponse": "observability_destination_list_response",
    "ObservabilityDestinationPolicyInput": "observability_destination_policy_input",
    "ObservabilityDestinationPolicyInputGroupJoin": "observability_destination_policy_input",
    "ObservabilityDestinationResponse": "observability_destination_response",
    "ObservabilityDestinationType": "observability_destination_type",
    "ObservabilityDestinationUpdateRequest": "observability_destination_update_request",
    "ObservabilityKeyFilter": "observability_key_filter",
    "ObservabilityKeyFilterMode": "observability_key_filter",
    "ObservabilityLoggingPolicy": "observability_logging_policy",
    "ObservabilityLoggingPolicyBillingStatus": "observability_logging_policy",
    "ObservabilityLoggingPolicyResponse": "observability_logging_policy_response",
    "ObservabilityLoggingPolicyUpdateRequest": "observability_logging_policy_update_request",
    "ObservabilityRule": "observability_rule",
    "ObservabilityRuleCondition": "observability_rule",
    "ObservabilityRuleField": "observability_rule",
    "ObservabilityRuleGroup": "observability_rule_group",
    "ObservabilityRuleGroupMatch": "observability_rule_group",
    "OcrRequest": "ocr_request",
    "OcrResponse": "ocr_response",
    "OpenAsyncJobWebSocketKind": "open_async_job_web_socket_kind",
    "OrganisationId": "organisation_id",
    "ParseBlock": "parse_block",
    "ParseBlockVariant0": "parse_block",
    "ParseBlockVariant0Text": "parse_block",
    "ParseBlockVariant0Type": "parse_block",
    "ParseBlockVariant1": "parse_block",
    "ParseBlockVariant1Type": "parse_block",
    "ParseBlockVariant2": "parse_block",
    "ParseBlockVariant2Table": "parse_block",
    "ParseBlockVariant2TableType": "parse_block",
    "ParseBlockVariant2Type": "parse_block",
    "ParseBoundingBox": "parse_bounding_box",
    "ParseImage": "parse_image",
    "ParseImageCategory": "parse_image",
    "ParsePage": "parse_page",
    "ParsePageVariant0": "parse_page",
    "ParsePageVariant0Markdown": "parse_page",
    "ParsePageVariant0Type": "parse_page",
    "ParsePageVariant1": "parse_page",
    "ParsePageVariant1Type": "parse_page",
    "ParseRequest": "parse_request",
    "ParseRequestDocument": "parse_request",
    "ParseRequestDocumentType": "parse_request",
    "ParseRequestOutputFormat": "parse_request",
    "ParseResponse": "parse_response",
    "ParseResponseObject": "parse_response",
    "Preset": "preset",
    "PresetConfig": "preset_config",
    "PresetCreateRequest": "preset_create_request",
    "PresetCreateResponse": "preset_create_response",
    "PresetForkRequest": "preset_fork_request",
    "PresetListResponse": "preset_list_response",
    "PresetPublisher": "preset_publisher",
    "PresetPublisherResponse": "preset_publisher_response",
    "PresetPublisherUpdateRequest": "preset_publisher_update_request",
    "PresetResponse": "preset_response",
    "PresetTestRun": "preset_test_run",
    "PresetTestRunCreateRequest": "preset_test_run_create_request",
    "PresetTestRunCreateRequestStatus": "preset_test_run_create_request",
    "PresetTestRunDetailResponse": "preset_test_run_detail_response",
    "PresetTestRunListResponse": "preset_test_run_list_response",
    "PresetTestRunResponse": "preset_test_run_response",
    "PresetTestRunStatus": "preset_test_run",
    "PresetTestRunUpdateRequest": "preset_test_run_update_request",
    "PresetTestRunUpdateRequestStatus": "preset_test_run_update_request",
    "PresetUpdateRequest": "preset_update_request",
    "PresetUpstreamApplyRequest": "preset_upstream_apply_request",
    "PresetUpstreamApplyResponse": "preset_upstream_apply_response",
    "PresetUpstreamApplyResponseData": "preset_upstream_apply_response",
    "PresetVersion": "preset_version",
    "PresetVersionListResponse": "preset_version_list_response",
    "PresetVersionPublishRequest": "preset_version_publish_request",
    "PresetVersionResponse": "preset_version_response",
    "PresetVersioningMethod": "preset_versioning_method",
    "PresetVisibility": "preset_visibility",
    "Provider": "provider",
    "ProviderCredential": "provider_credential",
    "ProviderCredentialCreateRequest": "provider_credential_create_request",
    "ProviderCredentialDeleteResponse": "provider_credential_delete_response",
    "ProviderCredentialListResponse": "provider_credential_list_response",
    "ProviderCredentialReorderRequest": "provider_credential_reorder_request",
    "ProviderCredentialReorderResponse": "provider_credential_reorder_response",
    "ProviderCredentialResponse": "provider_credential_response",
    "ProviderCredentialRoutingMode": "provider_credential_routing_mode",
    "ProviderCredentialUpdateRequest": "provider_credential_update_request",
    "ProviderOptions": "provider_options",
    "ProviderOptionsAnthropic": "provider_options",
    "ProviderOptionsGoogle": "provider_options",
    "ProviderOptionsOpenai": "provider_options",
    "ProviderOptionsOpenaiContextManagement": "provider_options",
    "ProviderOptionsOpenaiContextManagementType": "provider_options",
    "ProviderRoutingOptions": "provider_routing_options",
    "ProviderRoutingOptionsDataCollection": "provider_routing_options",
    "ProviderRoutingOptionsMaxPrice": "provider_routing_options",
    "ReasoningConfig": "reasoning_config",
    "ReasoningConfigEffort": "reasoning_config",
    "ReasoningConfigMode": "reasoning_config",
    "ReasoningConfigSummary": "reasoning_config",
    "RerankDocument": "rerank_document",
    "RerankRequest": "rerank_request",
    "RerankResponse": "rerank_response",
    "RerankResult": "rerank_result",
    "ResponsesInputItem": "responses_input_item",
    "ResponsesInputItemRole": "responses_input_item",
    "ResponsesOutputAudioPart": "responses_output_audio_part",
    "ResponsesOutputAudioPartAudioUrl": "responses_output_audio_part",
    "ResponsesOutputAudioPartFormat": "responses_output_audio_part",
    "ResponsesOutputAudioPartType": "responses_output_audio_part",
    "ResponsesOutputContentPart": "responses_output_content_part",
    "ResponsesOutputImagePart": "responses_output_image_part",
    "ResponsesOutputImagePartImageUrl": "responses_output_image_part",
    "ResponsesOutputImagePartType": "responses_output_image_part",
    "ResponsesOutputItem": "responses_output_item",
    "ResponsesOutputTextPart": "responses_output_text_part",
    "ResponsesOutputTextPartType": "responses_output_text_part",
    "ResponsesRequest": "responses_request",
    "ResponsesRequestModalitiesItem": "responses_request",
    "ResponsesRequestServiceTier": "responses_request",
    "ResponsesRequestTruncation": "responses_request",
    "ResponsesResponse": "responses_response",
    "ResponsesResponseStatus": "responses_response",
    "SearchModelsToolDefinition": "search_models_tool_definition",
    "SearchModelsToolDefinitionParameters": "search_models_tool_definition",
    "SearchModelsToolDefinitionType": "search_models_tool_definition",
    "ServerToolUsage": "server_tool_usage",
    "SubagentToolDefinition": "subagent_tool_definition",
    "SubagentToolDefinitionType": "subagent_tool_definition",
    "SummarizeGatewayFeedbackGroupBy": "summarize_gateway_feedback_group_by",
    "SupportedParameterDetails": "supported_parameter_details",
    "TextContentPart": "text_content_part",
    "TextContentPartType": "text_content_part",
    "TextGenerateTool": "text_generate_tool",
    "TextModerationInput": "text_moderation_input",
    "TextModerationInputType": "text_moderation_input",
    "TextToolChoice": "text_tool_choice",
    "TextToolChoiceVariant0": "text_tool_choice",
    "ToolCall": "tool_call",
    "ToolCallContentPart": "tool_call_content_part",
    "ToolCallContentPartFunction": "tool_call_content_part",
    "ToolCallContentPartType": "tool_call_content_part",
    "ToolCallFunction": "tool_call",
    "ToolCallType": "tool_call",
    "UpdatedResponse": "updated_response",
    "UpdatedResponseData": "updated_response",
    "UploadFileProvider": "upload_file_provider",
    "Usage": "usage",
    "VideoBillingSummary": "video_billing_summary",
    "VideoBillingSummaryState": "video_billing_summary",
    "VideoContentPart": "video_content_part",
    "VideoContentPartType": "video_content_part",
    "VideoGenerationResponse": "video_generation_response",
    "VideoGenerationResponseAsset": "video_generation_response",
    "VideoGenerationResponseLifecycleStatus": "video_generation_response",
    "VideoGenerationResponseOutputAccess": "video_generation_response",
    "VideoGenerationResponseStatus": "video_generation_response",
    "VideoGenerationResponseUsage": "video_generation_response",
    "VideoOutput": "video_output",
    "WebhookEndpoint": "webhook_endpoint",
    "WebhookEndpointCreateRequest": "webhook_endpoint_create_request",
    "WebhookEndpointDeleteResponse": "webhook_endpoint_delete_response",
    "WebhookEndpointDeleteResponseObject": "webhook_endpoint_delete_response",
    "WebhookEndpointListResponse": "webhook_endpoint_list_response",
    "WebhookEndpointListResponseObject": "webhook_endpoint_list_response",
    "WebhookEndpointSecretResponse": "webhook_endpoint_secret_response",
    "WebhookEndpointSecretResponseStatus": "webhook_endpoint_secret_response",
    "WebhookEndpointStatus": "webhook_endpoint",
    "WebhookEndpointUpdateRequest": "webhook_endpoint_update_request",
    "WebhookEndpointUpdateRequestStatus": "webhook_endpoint_update_request",
    "Workspace": "workspace",
    "WorkspaceActivityEntry": "workspace_activity_entry",
    "WorkspaceActivityResponse": "workspace_activity_response",
    "WorkspaceApp": "workspace_app",
    "WorkspaceAppListResponse": "workspace_app_list_response",
    "WorkspaceAppMergeRequest": "workspace_app_merge_request",
    "WorkspaceAppMergeResponse": "workspace_app_merge_response",
    "WorkspaceAppMergeResponseData": "workspace_app_merge_response",
    "WorkspaceAppResponse": "workspace_app_response",
    "WorkspaceAppUpdateRequest": "workspace_app_update_request",
    "WorkspaceAssignableRole": "workspace_assignable_role",
    "WorkspaceAuditEvent": "workspace_audit_event",
    "WorkspaceAuditEventActor": "workspace_audit_event_actor",
    "WorkspaceAuditEventLimits": "workspace_audit_event_limits",
    "WorkspaceAuditEventListResponse": "workspace_audit_event_list_response",
    "WorkspaceAuditEventMetadata": "workspace_audit_event_metadata",
    "WorkspaceAutoTopUpSettings": "workspace_auto_top_up_settings",
    "WorkspaceAutoTopUpUpdate": "workspace_auto_top_up_update",
    "WorkspaceBudget": "workspace_budget",
    "WorkspaceBudgetDeleteResponse": "workspace_budget_delete_response",
    "WorkspaceBudgetDeleteResponseData": "workspace_budget_delete_response",
    "WorkspaceBudgetInput": "workspace_budget_input",
    "WorkspaceBudgetInterval": "workspace_budget_interval",
    "WorkspaceBudgetListResponse": "workspace_budget_list_response",
    "WorkspaceBudgetResponse": "workspace_budget_response",
    "WorkspaceBudgetUpdateInput": "workspace_budget_update_input",
    "WorkspaceCreateRequest": "workspace_create_request",
    "WorkspaceDepartment": "workspace_department",
    "WorkspaceDepartmentCreateRequest": "workspace_department_create_request",
    "WorkspaceDepartmentInput": "workspace_department_input",
    "WorkspaceDepartmentInputColor": "workspace_department_input",
    "WorkspaceDepartmentInputIcon": "workspace_department_input",
    "WorkspaceDepartmentListResponse": "workspace_department_list_response",
    "WorkspaceDepartmentMember": "workspace_department_member",
    "WorkspaceDepartmentMemberPosition": "workspace_department_member",
    "WorkspaceDepartmentMemberRequest": "workspace_department_member_request",
    "WorkspaceDepartmentMemberRequestPosition": "workspace_department_member_request",
    "WorkspaceDepartmentMemberResponse": "workspace_department_member_response",
    "WorkspaceDepartmentResponse": "workspace_department_response",
    "WorkspaceDepartmentSourceType": "workspace_department",
    "WorkspaceDepartmentUpdateRequest": "workspace_department_update_request",
    "WorkspaceDirectoryMember": "workspace_directory_member",
    "WorkspaceDirectoryMemberEffectiveRole": "workspace_directory_member",
    "WorkspaceDirectoryMemberRoleOverride": "workspace_directory_member",
    "WorkspaceDirectoryMemberStatus": "workspace_directory_member",
    "WorkspaceDirectoryMemberUpdateRequest": "workspace_directory_member_update_request",
    "WorkspaceDirectoryMemberUpdateRequestAccessRole": "workspace_directory_member_update_request",
    "WorkspaceDirectoryMemberUpdateRequestDepartmentMode": "workspace_directory_member_update_request",
    "WorkspaceDirectoryMemberUpdateRequestDepartmentPosition": "workspace_directory_member_update_request",
    "WorkspaceDirectoryResponse": "workspace_directory_response",
    "WorkspaceDirectoryResponseData": "workspace_directory_response",
    "WorkspaceGroupMapping": "workspace_group_mapping",
    "WorkspaceGroupMappingAccessRole": "workspace_group_mapping",
    "WorkspaceGroupMappingCreateRequest": "workspace_group_mapping_create_request",
    "WorkspaceGroupMappingCreateRequestAccessRole": "workspace_group_mapping_create_request",
    "WorkspaceGroupMappingCreateRequestDepartmentPosition": "workspace_group_mapping_create_request",
    "WorkspaceGroupMappingDepartmentPosition": "workspace_group_mapping",
    "WorkspaceGroupMappingListResponse": "workspace_group_mapping_list_response",
    "WorkspaceGroupMappingResponse": "workspace_group_mapping_response",
    "WorkspaceGroupMappingUpdateRequest": "workspace_group_mapping_update_request",
    "WorkspaceGroupMappingUpdateRequestAccessRole": "workspace_group_mapping_update_request",
    "WorkspaceGroupMappingUpdateRequestDepartmentPosition": "workspace_group_mapping_update_request",
    "WorkspaceInvite": "workspace_invite",
    "WorkspaceInviteCreateRequest": "workspace_invite_create_request",
    "WorkspaceInviteCreateResponse": "workspace_invite_create_response",
    "WorkspaceInviteListResponse": "workspace_invite_list_response",
    "WorkspaceJoinRequest": "workspace_join_request",
    "WorkspaceJoinRequestListResponse": "workspace_join_request_list_response",
    "WorkspaceJoinRequestResponse": "workspace_join_request_response",
    "WorkspaceJoinRequestStatus": "workspace_join_request_status",
    "WorkspaceListResponse": "workspace_list_response",
    "WorkspaceLowBalanceEmailSettings": "workspace_low_balance_email_settings",
    "WorkspaceLowBalanceEmailUpdate": "workspace_low_balance_email_update",
    "WorkspaceMember": "workspace_member",
    "WorkspaceMemberAddResponse": "workspace_member_add_response",
    "WorkspaceMemberBulkRequest": "workspace_member_bulk_request",
    "WorkspaceMemberListResponse": "workspace_member_list_response",
    "WorkspaceMemberRemoveRequest": "workspace_member_remove_request",
    "WorkspaceMemberRemoveResponse": "workspace_member_remove_response",
    "WorkspaceMemberResponse": "workspace_member_response",
    "WorkspaceMemberRoleUpdateRequest": "workspace_member_role_update_request",
    "WorkspaceNotificationDestination": "workspace_notification_destination",
    "WorkspaceNotificationDestinationCreateRequest": "workspace_notification_destination_create_request",
    "WorkspaceNotificationDestinationListResponse": "workspace_notification_destination_list_response",
    "WorkspaceNotificationDestinationResponse": "workspace_notification_destination_response",
    "WorkspaceNotificationDestinationStatus": "workspace_notification_destination",
    "WorkspaceNotificationDestinationTestRequest": "workspace_notification_destination_test_request",
    "WorkspaceNotificationDestinationType": "workspace_notification_destination_type",
    "WorkspaceNotificationEmailPreferences": "workspace_notification_email_preferences",
    "WorkspaceNotificationEmailPreferencesUpdate": "workspace_notification_email_preferences_update",
    "WorkspaceNotificationEventKind": "workspace_notification_event_kind",
    "WorkspaceNotificationRoute": "workspace_notification_route",
    "WorkspaceNotificationRouteMap": "workspace_notification_route_map",
    "WorkspaceNotificationRouteResponse": "workspace_notification_route_response",
    "WorkspaceNotificationRouteUpdateRequest": "workspace_notification_route_update_request",
    "WorkspaceNotificationRoutesResponse": "workspace_notification_routes_response",
    "WorkspaceNotificationSettings": "workspace_notification_settings",
    "WorkspaceNotificationSettingsResponse": "workspace_notification_settings_response",
    "WorkspaceNotificationSettingsUpdateRequest": "workspace_notification_settings_update_request",
    "WorkspaceNotificationTestResponse": "workspace_notification_test_response",
    "WorkspaceNotificationTestResponseData": "workspace_notification_test_response",
    "WorkspaceProviderRestrictionMode": "workspace_provider_restriction_mode",
    "WorkspaceResponse": "workspace_response",
    "WorkspaceRole": "workspace_role",
    "WorkspaceRoutingMode": "workspace_routing_mode",
    "WorkspaceScimAuditResponse": "workspace_scim_audit_response",
    "WorkspaceScimEndpoint": "workspace_scim_endpoint",
    "WorkspaceScimEndpointResponse": "workspace_scim_endpoint_response",
    "WorkspaceScimEvent": "workspace_scim_event",
    "WorkspaceScimResponse": "workspace_scim_response",
    "WorkspaceScimResponseData": "workspace_scim_response",
    "WorkspaceScimToken": "workspace_scim_token",
    "WorkspaceScimTokenCreateRequest": "workspace_scim_token_create_request",
    "WorkspaceScimTokenCreateResponse": "workspace_scim_token_create_response",
    "WorkspaceScimTokenCreateResponseData": "workspace_scim_token_create_response",
    "WorkspaceScimUpdateRequest": "workspace_scim_update_request",
    "WorkspaceSettings": "workspace_settings",
    "WorkspaceSettingsResponse": "workspace_settings_response",
    "WorkspaceSettingsResponseHealingMode": "workspace_settings",
    "WorkspaceSettingsUpdateRequest": "workspace_settings_update_request",
    "WorkspaceSettingsUpdateRequestResponseHealingMode": "workspace_settings_update_request",
    "WorkspaceSsoResponse": "workspace_sso_response",
    "WorkspaceSsoSettings": "workspace_sso_settings",
    "WorkspaceSsoSettingsMode": "workspace_sso_settings",
    "WorkspaceSsoUpdateRequest": "workspace_sso_update_request",
    "WorkspaceSsoUpdateRequestMode": "workspace_sso_update_request",
    "WorkspaceUpdateRequest": "workspace_update_request",
}

# Only at run time: type checkers see the names imported above, not a catch-all attribute.
if not TYPE_CHECKING:

    def __getattr__(name: str) -> Any:
        module = _MODULES.get(name)
        if module is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        value = getattr(_import_module(f".{module}", __name__), name)
        globals()[name] = value
        return value

    def __dir__() -> list[str]:
        return sorted(set(globals()) | set(__all__))
