"""Models of Phaseo Gateway API: pydantic v2 classes for every schema in the spec.

Each lives in a module of this package that is imported on first use: `models.Pet` (or
`from ai_stats_gateway.models import Pet`) imports the module defining `Pet` and those it
refers to, not the others.
"""

from __future__ import annotations

from importlib import import_module as _import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .._base_model import BaseModel as BaseModel
    from .activity_entry import ActivityEntry as ActivityEntry
    from .analytics_response import AnalyticsResponse as AnalyticsResponse
    from .anthropic_content_block import (
        AnthropicContentBlock as AnthropicContentBlock,
        AnthropicContentBlockSource as AnthropicContentBlockSource,
        AnthropicContentBlockType as AnthropicContentBlockType,
    )
    from .anthropic_message import (
        AnthropicMessage as AnthropicMessage,
        AnthropicMessageRole as AnthropicMessageRole,
    )
    from .anthropic_messages_request import (
        AnthropicMessagesRequest as AnthropicMessagesRequest,
        AnthropicMessagesRequestSystemVariant1Item as AnthropicMessagesRequestSystemVariant1Item,
        AnthropicMessagesRequestSystemVariant1ItemType as AnthropicMessagesRequestSystemVariant1ItemType,
    )
    from .anthropic_messages_response import (
        AnthropicMessagesResponse as AnthropicMessagesResponse,
        AnthropicMessagesResponseRole as AnthropicMessagesResponseRole,
    )
    from .anthropic_tool import AnthropicTool as AnthropicTool
    from .anthropic_usage import AnthropicUsage as AnthropicUsage
    from .api_key import ApiKey as ApiKey, ApiKeyLimitReset as ApiKeyLimitReset
    from .api_key_create_request import (
        ApiKeyCreateRequest as ApiKeyCreateRequest,
        ApiKeyCreateRequestLimitReset as ApiKeyCreateRequestLimitReset,
    )
    from .api_key_limit_bucket import ApiKeyLimitBucket as ApiKeyLimitBucket
    from .api_key_limit_input_bucket import ApiKeyLimitInputBucket as ApiKeyLimitInputBucket
    from .api_key_limit_input_windows import ApiKeyLimitInputWindows as ApiKeyLimitInputWindows
    from .api_key_limit_windows import ApiKeyLimitWindows as ApiKeyLimitWindows
    from .api_key_list_response import ApiKeyListResponse as ApiKeyListResponse
    from .api_key_response import ApiKeyResponse as ApiKeyResponse
    from .api_key_rotate_request import ApiKeyRotateRequest as ApiKeyRotateRequest
    from .api_key_rotate_response import ApiKeyRotateResponse as ApiKeyRotateResponse
    from .api_key_scope_value import ApiKeyScopeValue as ApiKeyScopeValue
    from .api_key_update_request import (
        ApiKeyUpdateRequest as ApiKeyUpdateRequest,
        ApiKeyUpdateRequestLimitReset as ApiKeyUpdateRequestLimitReset,
    )
    from .api_key_usage_bucket import ApiKeyUsageBucket as ApiKeyUsageBucket
    from .api_key_usage_windows import ApiKeyUsageWindows as ApiKeyUsageWindows
    from .api_key_with_value import ApiKeyWithValue as ApiKeyWithValue
    from .api_key_with_value_response import ApiKeyWithValueResponse as ApiKeyWithValueResponse
    from .async_job_web_socket_client_event import (
        AsyncJobWebSocketClientEvent as AsyncJobWebSocketClientEvent,
        AsyncJobWebSocketClientEventType as AsyncJobWebSocketClientEventType,
    )
    from .async_job_web_socket_server_event import (
        AsyncJobWebSocketServerEvent as AsyncJobWebSocketServerEvent,
        AsyncJobWebSocketServerEventDataVariant2 as AsyncJobWebSocketServerEventDataVariant2,
        AsyncJobWebSocketServerEventDataVariant2Kind as AsyncJobWebSocketServerEventDataVariant2Kind,
        AsyncJobWebSocketServerEventType as AsyncJobWebSocketServerEventType,
    )
    from .async_job_web_socket_upgrade_required_response import (
        AsyncJobWebSocketUpgradeRequiredResponse as AsyncJobWebSocketUpgradeRequiredResponse,
        AsyncJobWebSocketUpgradeRequiredResponseError as AsyncJobWebSocketUpgradeRequiredResponseError,
    )
    from .async_webhook_delivery_attempt import (
        AsyncWebhookDeliveryAttempt as AsyncWebhookDeliveryAttempt,
        AsyncWebhookDeliveryAttemptStatus as AsyncWebhookDeliveryAttemptStatus,
    )
    from .async_webhook_delivery_summary import (
        AsyncWebhookDeliverySummary as AsyncWebhookDeliverySummary,
        AsyncWebhookDeliverySummaryLastAttemptStatus as AsyncWebhookDeliverySummaryLastAttemptStatus,
    )
    from .async_webhook_public_state import AsyncWebhookPublicState as AsyncWebhookPublicState
    from .audio_content_part import (
        AudioContentPart as AudioContentPart,
        AudioContentPartInputAudio as AudioContentPartInputAudio,
        AudioContentPartInputAudioFormat as AudioContentPartInputAudioFormat,
        AudioContentPartType as AudioContentPartType,
    )
    from .audio_speech_request import (
        AudioSpeechRequest as AudioSpeechRequest,
        AudioSpeechRequestFormat as AudioSpeechRequestFormat,
    )
    from .audio_transcription_request import (
        AudioTranscriptionRequest as AudioTranscriptionRequest,
        AudioTranscriptionRequestChunkingStrategyVariant0 as AudioTranscriptionRequestChunkingStrategyVariant0,
        AudioTranscriptionRequestChunkingStrategyVariant1 as AudioTranscriptionRequestChunkingStrategyVariant1,
        AudioTranscriptionRequestChunkingStrategyVariant1Type as AudioTranscriptionRequestChunkingStrategyVariant1Type,
    )
    from .audio_transcription_response import (
        AudioTranscriptionResponse as AudioTranscriptionResponse,
    )
    from .audio_translation_request import AudioTranslationRequest as AudioTranslationRequest
    from .audio_translation_response import AudioTranslationResponse as AudioTranslationResponse
    from .batch_billing_summary import (
        BatchBillingSummary as BatchBillingSummary,
        BatchBillingSummaryState as BatchBillingSummaryState,
    )
    from .batch_request_counts import BatchRequestCounts as BatchRequestCounts
    from .batch_response import (
        BatchResponse as BatchResponse,
        BatchResponseLifecycleStatus as BatchResponseLifecycleStatus,
        BatchResponseUsage as BatchResponseUsage,
    )
    from .cache_control import CacheControl as CacheControl
    from .calculate_pricing_body import CalculatePricingBody as CalculatePricingBody
    from .calculate_pricing_response200 import (
        CalculatePricingResponse200 as CalculatePricingResponse200,
    )
    from .chat_audio_output_part import (
        ChatAudioOutputPart as ChatAudioOutputPart,
        ChatAudioOutputPartAudioUrl as ChatAudioOutputPartAudioUrl,
        ChatAudioOutputPartFormat as ChatAudioOutputPartFormat,
        ChatAudioOutputPartType as ChatAudioOutputPartType,
    )
    from .chat_choice import (
        ChatChoice as ChatChoice,
        ChatChoiceFinishReason as ChatChoiceFinishReason,
    )
    from .chat_completions_request import (
        ChatCompletionsRequest as ChatCompletionsRequest,
        ChatCompletionsRequestModalitiesItem as ChatCompletionsRequestModalitiesItem,
        ChatCompletionsRequestProviderVariant0 as ChatCompletionsRequestProviderVariant0,
        ChatCompletionsRequestReasoningEffort as ChatCompletionsRequestReasoningEffort,
        ChatCompletionsRequestResponseFormatVariant1 as ChatCompletionsRequestResponseFormatVariant1,
        ChatCompletionsRequestServiceTier as ChatCompletionsRequestServiceTier,
    )
    from .chat_completions_response import ChatCompletionsResponse as ChatCompletionsResponse
    from .chat_image_output_part import (
        ChatImageOutputPart as ChatImageOutputPart,
        ChatImageOutputPartImageUrl as ChatImageOutputPartImageUrl,
        ChatImageOutputPartType as ChatImageOutputPartType,
    )
    from .chat_message import ChatMessage as ChatMessage, ChatMessageRole as ChatMessageRole
    from .create_realtime_session_body import (
        CreateRealtimeSessionBody as CreateRealtimeSessionBody,
        CreateRealtimeSessionBodySource as CreateRealtimeSessionBodySource,
        CreateRealtimeSessionBodyType as CreateRealtimeSessionBodyType,
    )
    from .credits_response import (
        CreditsResponse as CreditsResponse,
        CreditsResponseCredits as CreditsResponseCredits,
    )
    from .data_contribution_categories import (
        DataContributionCategories as DataContributionCategories,
    )
    from .data_contribution_classifier import (
        DataContributionClassifier as DataContributionClassifier,
        DataContributionClassifierKind as DataContributionClassifierKind,
        DataContributionClassifierServiceTier as DataContributionClassifierServiceTier,
    )
    from .data_contribution_classifier_create_request import (
        DataContributionClassifierCreateRequest as DataContributionClassifierCreateRequest,
        DataContributionClassifierCreateRequestServiceTier as DataContributionClassifierCreateRequestServiceTier,
    )
    from .data_contribution_classifier_delete_response import (
        DataContributionClassifierDeleteResponse as DataContributionClassifierDeleteResponse,
        DataContributionClassifierDeleteResponseData as DataContributionClassifierDeleteResponseData,
    )
    from .data_contribution_classifier_input import (
        DataContributionClassifierInput as DataContributionClassifierInput,
        DataContributionClassifierInputServiceTier as DataContributionClassifierInputServiceTier,
    )
    from .data_contribution_classifier_response import (
        DataContributionClassifierResponse as DataContributionClassifierResponse,
    )
    from .data_contribution_classifier_update_request import (
        DataContributionClassifierUpdateRequest as DataContributionClassifierUpdateRequest,
    )
    from .data_contribution_consent_request import (
        DataContributionConsentRequest as DataContributionConsentRequest,
    )
    from .data_contribution_consent_response import (
        DataContributionConsentResponse as DataContributionConsentResponse,
        DataContributionConsentResponseData as DataContributionConsentResponseData,
    )
    from .data_contribution_overview_response import (
        DataContributionOverviewResponse as DataContributionOverviewResponse,
        DataContributionOverviewResponseData as DataContributionOverviewResponseData,
        DataContributionOverviewResponseDataLast30Days as DataContributionOverviewResponseDataLast30Days,
    )
    from .data_model import DataModel as DataModel
    from .data_model_organisation import DataModelOrganisation as DataModelOrganisation
    from .debug_options import (
        DebugOptions as DebugOptions,
        DebugOptionsTraceLevel as DebugOptionsTraceLevel,
    )
    from .deleted_response import DeletedResponse as DeletedResponse
    from .dynamic_route import (
        DynamicRoute as DynamicRoute,
        DynamicRouteStatus as DynamicRouteStatus,
    )
    from .dynamic_route_action import DynamicRouteAction as DynamicRouteAction
    from .dynamic_route_condition import (
        DynamicRouteCondition as DynamicRouteCondition,
        DynamicRouteConditionField as DynamicRouteConditionField,
        DynamicRouteConditionOperator as DynamicRouteConditionOperator,
    )
    from .dynamic_route_config import (
        DynamicRouteConfig as DynamicRouteConfig,
        DynamicRouteConfigSchemaVersion as DynamicRouteConfigSchemaVersion,
    )
    from .dynamic_route_create_request import (
        DynamicRouteCreateRequest as DynamicRouteCreateRequest,
        DynamicRouteCreateRequestStatus as DynamicRouteCreateRequestStatus,
    )
    from .dynamic_route_delete_response import (
        DynamicRouteDeleteResponse as DynamicRouteDeleteResponse,
        DynamicRouteDeleteResponseData as DynamicRouteDeleteResponseData,
    )
    from .dynamic_route_deploy_response import (
        DynamicRouteDeployResponse as DynamicRouteDeployResponse,
        DynamicRouteDeployResponseData as DynamicRouteDeployResponseData,
    )
    from .dynamic_route_edge import DynamicRouteEdge as DynamicRouteEdge
    from .dynamic_route_keys_response import (
        DynamicRouteKeysResponse as DynamicRouteKeysResponse,
        DynamicRouteKeysResponseData as DynamicRouteKeysResponseData,
    )
    from .dynamic_route_keys_update_request import (
        DynamicRouteKeysUpdateRequest as DynamicRouteKeysUpdateRequest,
    )
    from .dynamic_route_list_response import DynamicRouteListResponse as DynamicRouteListResponse
    from .dynamic_route_node import (
        DynamicRouteNode as DynamicRouteNode,
        DynamicRouteNodePosition as DynamicRouteNodePosition,
        DynamicRouteNodeType as DynamicRouteNodeType,
    )
    from .dynamic_route_response import DynamicRouteResponse as DynamicRouteResponse
    from .dynamic_route_rule import DynamicRouteRule as DynamicRouteRule
    from .dynamic_route_update_request import (
        DynamicRouteUpdateRequest as DynamicRouteUpdateRequest,
        DynamicRouteUpdateRequestStatus as DynamicRouteUpdateRequestStatus,
    )
    from .dynamic_route_version import (
        DynamicRouteVersion as DynamicRouteVersion,
        DynamicRouteVersionStatus as DynamicRouteVersionStatus,
    )
    from .embedding import Embedding as Embedding
    from .embeddings_multimodal_input import (
        EmbeddingsMultimodalInput as EmbeddingsMultimodalInput,
        EmbeddingsMultimodalInputContentItemVariant0 as EmbeddingsMultimodalInputContentItemVariant0,
        EmbeddingsMultimodalInputContentItemVariant0Type as EmbeddingsMultimodalInputContentItemVariant0Type,
        EmbeddingsMultimodalInputContentItemVariant1 as EmbeddingsMultimodalInputContentItemVariant1,
        EmbeddingsMultimodalInputContentItemVariant1ImageUrlVariant1 as EmbeddingsMultimodalInputContentItemVariant1ImageUrlVariant1,
        EmbeddingsMultimodalInputContentItemVariant1Type as EmbeddingsMultimodalInputContentItemVariant1Type,
        EmbeddingsMultimodalInputContentItemVariant1UrlVariant1 as EmbeddingsMultimodalInputContentItemVariant1UrlVariant1,
        EmbeddingsMultimodalInputContentItemVariant2 as EmbeddingsMultimodalInputContentItemVariant2,
        EmbeddingsMultimodalInputContentItemVariant2InputAudio as EmbeddingsMultimodalInputContentItemVariant2InputAudio,
        EmbeddingsMultimodalInputContentItemVariant2Type as EmbeddingsMultimodalInputContentItemVariant2Type,
        EmbeddingsMultimodalInputContentItemVariant3 as EmbeddingsMultimodalInputContentItemVariant3,
        EmbeddingsMultimodalInputContentItemVariant3Type as EmbeddingsMultimodalInputContentItemVariant3Type,
        EmbeddingsMultimodalInputContentItemVariant3UrlVariant1 as EmbeddingsMultimodalInputContentItemVariant3UrlVariant1,
        EmbeddingsMultimodalInputContentItemVariant3VideoUrlVariant1 as EmbeddingsMultimodalInputContentItemVariant3VideoUrlVariant1,
    )
    from .embeddings_request import (
        EmbeddingsRequest as EmbeddingsRequest,
        EmbeddingsRequestEncodingFormat as EmbeddingsRequestEncodingFormat,
        EmbeddingsRequestProviderOptions as EmbeddingsRequestProviderOptions,
        EmbeddingsRequestProviderOptionsGoogle as EmbeddingsRequestProviderOptionsGoogle,
        EmbeddingsRequestProviderOptionsMistral as EmbeddingsRequestProviderOptionsMistral,
        EmbeddingsRequestProviderOptionsMistralOutputDtype as EmbeddingsRequestProviderOptionsMistralOutputDtype,
    )
    from .embeddings_response import EmbeddingsResponse as EmbeddingsResponse
    from .endpoint_catalogue_entry import EndpointCatalogueEntry as EndpointCatalogueEntry
    from .endpoint_catalogue_response import EndpointCatalogueResponse as EndpointCatalogueResponse
    from .error_failure_sample_item import ErrorFailureSampleItem as ErrorFailureSampleItem
    from .error_provider_candidate_diagnostics import (
        ErrorProviderCandidateDiagnostics as ErrorProviderCandidateDiagnostics,
        ErrorProviderCandidateDiagnosticsDroppedMissingAdapterItem as ErrorProviderCandidateDiagnosticsDroppedMissingAdapterItem,
    )
    from .error_provider_enablement_diagnostics import (
        ErrorProviderEnablementDiagnostics as ErrorProviderEnablementDiagnostics,
        ErrorProviderEnablementDiagnosticsDroppedItem as ErrorProviderEnablementDiagnosticsDroppedItem,
    )
    from .error_provider_failure_diagnostics import (
        ErrorProviderFailureDiagnostics as ErrorProviderFailureDiagnostics,
        ErrorProviderFailureDiagnosticsCategory as ErrorProviderFailureDiagnosticsCategory,
    )
    from .error_response import (
        ErrorResponse as ErrorResponse,
        ErrorResponseErrorOrigin as ErrorResponseErrorOrigin,
        ErrorResponseErrorType as ErrorResponseErrorType,
    )
    from .error_routing_diagnostics import (
        ErrorRoutingDiagnostics as ErrorRoutingDiagnostics,
        ErrorRoutingDiagnosticsFilterStagesItem as ErrorRoutingDiagnosticsFilterStagesItem,
        ErrorRoutingDiagnosticsFilterStagesItemDroppedProvidersItem as ErrorRoutingDiagnosticsFilterStagesItemDroppedProvidersItem,
    )
    from .error_upstream_error import ErrorUpstreamError as ErrorUpstreamError
    from .file_response import FileResponse as FileResponse
    from .file_upload_request import FileUploadRequest as FileUploadRequest
    from .finalize_realtime_session_body import (
        FinalizeRealtimeSessionBody as FinalizeRealtimeSessionBody,
        FinalizeRealtimeSessionBodyStatus as FinalizeRealtimeSessionBodyStatus,
    )
    from .function_tool_definition import (
        FunctionToolDefinition as FunctionToolDefinition,
        FunctionToolDefinitionFunction as FunctionToolDefinitionFunction,
        FunctionToolDefinitionType as FunctionToolDefinitionType,
    )
    from .fusion_tool_definition import (
        FusionToolDefinition as FusionToolDefinition,
        FusionToolDefinitionParameters as FusionToolDefinitionParameters,
        FusionToolDefinitionType as FusionToolDefinitionType,
    )
    from .gateway_capabilities import GatewayCapabilities as GatewayCapabilities
    from .gateway_capability_status import GatewayCapabilityStatus as GatewayCapabilityStatus
    from .gateway_datetime_tool_definition import (
        GatewayDatetimeToolDefinition as GatewayDatetimeToolDefinition,
        GatewayDatetimeToolDefinitionParameters as GatewayDatetimeToolDefinitionParameters,
        GatewayDatetimeToolDefinitionType as GatewayDatetimeToolDefinitionType,
    )
    from .gateway_feedback import (
        GatewayFeedback as GatewayFeedback,
        GatewayFeedbackSource as GatewayFeedbackSource,
    )
    from .gateway_feedback_create_request import (
        GatewayFeedbackCreateRequest as GatewayFeedbackCreateRequest,
        GatewayFeedbackCreateRequestSource as GatewayFeedbackCreateRequestSource,
    )
    from .gateway_feedback_list_response import (
        GatewayFeedbackListResponse as GatewayFeedbackListResponse,
    )
    from .gateway_feedback_response import GatewayFeedbackResponse as GatewayFeedbackResponse
    from .gateway_feedback_summary_response import (
        GatewayFeedbackSummaryResponse as GatewayFeedbackSummaryResponse,
        GatewayFeedbackSummaryResponseGroupBy as GatewayFeedbackSummaryResponseGroupBy,
    )
    from .gateway_feedback_summary_row import GatewayFeedbackSummaryRow as GatewayFeedbackSummaryRow
    from .gateway_modalities import GatewayModalities as GatewayModalities
    from .gateway_model_lifecycle import (
        GatewayModelLifecycle as GatewayModelLifecycle,
        GatewayModelLifecycleStatus as GatewayModelLifecycleStatus,
    )
    from .gateway_model_limits import GatewayModelLimits as GatewayModelLimits
    from .gateway_model_offer import (
        GatewayModelOffer as GatewayModelOffer,
        GatewayModelOfferEffective as GatewayModelOfferEffective,
        GatewayModelOfferProvider as GatewayModelOfferProvider,
        GatewayModelOfferRouting as GatewayModelOfferRouting,
        GatewayModelOfferStatus as GatewayModelOfferStatus,
    )
    from .gateway_model_organization import GatewayModelOrganization as GatewayModelOrganization
    from .gateway_models_response import (
        GatewayModelsResponse as GatewayModelsResponse,
        GatewayModelsResponseAvailabilityMode as GatewayModelsResponseAvailabilityMode,
    )
    from .gateway_observability_event import (
        GatewayObservabilityEvent as GatewayObservabilityEvent,
        GatewayObservabilityEventCategory as GatewayObservabilityEventCategory,
        GatewayObservabilityEventSource as GatewayObservabilityEventSource,
    )
    from .gateway_observability_event_create_request import (
        GatewayObservabilityEventCreateRequest as GatewayObservabilityEventCreateRequest,
        GatewayObservabilityEventCreateRequestCategory as GatewayObservabilityEventCreateRequestCategory,
        GatewayObservabilityEventCreateRequestSource as GatewayObservabilityEventCreateRequestSource,
    )
    from .gateway_observability_event_list_response import (
        GatewayObservabilityEventListResponse as GatewayObservabilityEventListResponse,
    )
    from .gateway_observability_event_response import (
        GatewayObservabilityEventResponse as GatewayObservabilityEventResponse,
    )
    from .gateway_pricing import (
        GatewayPricing as GatewayPricing,
        GatewayPricingPricingPlan as GatewayPricingPricingPlan,
    )
    from .gateway_pricing_meter import (
        GatewayPricingMeter as GatewayPricingMeter,
        GatewayPricingMeterCurrency as GatewayPricingMeterCurrency,
    )
    from .gateway_provider_availability_reason import (
        GatewayProviderAvailabilityReason as GatewayProviderAvailabilityReason,
    )
    from .gateway_request_log import GatewayRequestLog as GatewayRequestLog
    from .gateway_request_log_list_response import (
        GatewayRequestLogListResponse as GatewayRequestLogListResponse,
    )
    from .gateway_request_log_response import GatewayRequestLogResponse as GatewayRequestLogResponse
    from .gateway_routing_status import GatewayRoutingStatus as GatewayRoutingStatus
    from .gateway_web_fetch_tool_definition import (
        GatewayWebFetchToolDefinition as GatewayWebFetchToolDefinition,
        GatewayWebFetchToolDefinitionParameters as GatewayWebFetchToolDefinitionParameters,
        GatewayWebFetchToolDefinitionType as GatewayWebFetchToolDefinitionType,
    )
    from .gateway_web_search_tool_definition import (
        GatewayWebSearchToolDefinition as GatewayWebSearchToolDefinition,
        GatewayWebSearchToolDefinitionParameters as GatewayWebSearchToolDefinitionParameters,
        GatewayWebSearchToolDefinitionType as GatewayWebSearchToolDefinitionType,
    )
    from .generation_response import (
        GenerationResponse as GenerationResponse,
        GenerationResponseUsage as GenerationResponseUsage,
    )
    from .get_generation_response401 import GetGenerationResponse401 as GetGenerationResponse401
    from .get_generation_response404 import GetGenerationResponse404 as GetGenerationResponse404
    from .get_health_response200 import GetHealthResponse200 as GetHealthResponse200
    from .guardrail import (
        Guardrail as Guardrail,
        GuardrailModelRestrictionMode as GuardrailModelRestrictionMode,
        GuardrailPromptInjectionAction as GuardrailPromptInjectionAction,
        GuardrailProviderRestrictionMode as GuardrailProviderRestrictionMode,
        GuardrailSensitiveInfoDefaultAction as GuardrailSensitiveInfoDefaultAction,
    )
    from .guardrail_budget_input import GuardrailBudgetInput as GuardrailBudgetInput
    from .guardrail_create_request import GuardrailCreateRequest as GuardrailCreateRequest
    from .guardrail_delete_response import GuardrailDeleteResponse as GuardrailDeleteResponse
    from .guardrail_detail_response import (
        GuardrailDetailResponse as GuardrailDetailResponse,
        GuardrailDetailResponseData as GuardrailDetailResponseData,
        GuardrailDetailResponseDataModelRestrictionMode as GuardrailDetailResponseDataModelRestrictionMode,
        GuardrailDetailResponseDataPromptInjectionAction as GuardrailDetailResponseDataPromptInjectionAction,
        GuardrailDetailResponseDataProviderRestrictionMode as GuardrailDetailResponseDataProviderRestrictionMode,
        GuardrailDetailResponseDataSensitiveInfoDefaultAction as GuardrailDetailResponseDataSensitiveInfoDefaultAction,
    )
    from .guardrail_key_add_response import GuardrailKeyAddResponse as GuardrailKeyAddResponse
    from .guardrail_key_assignment import GuardrailKeyAssignment as GuardrailKeyAssignment
    from .guardrail_key_ids_replace_request import (
        GuardrailKeyIdsReplaceRequest as GuardrailKeyIdsReplaceRequest,
    )
    from .guardrail_key_ids_request import GuardrailKeyIdsRequest as GuardrailKeyIdsRequest
    from .guardrail_key_list_response import GuardrailKeyListResponse as GuardrailKeyListResponse
    from .guardrail_key_set_response import (
        GuardrailKeySetResponse as GuardrailKeySetResponse,
        GuardrailKeySetResponseData as GuardrailKeySetResponseData,
    )
    from .guardrail_list_response import GuardrailListResponse as GuardrailListResponse
    from .guardrail_member_add_response import (
        GuardrailMemberAddResponse as GuardrailMemberAddResponse,
    )
    from .guardrail_member_assignment import GuardrailMemberAssignment as GuardrailMemberAssignment
    from .guardrail_member_list_response import (
        GuardrailMemberListResponse as GuardrailMemberListResponse,
    )
    from .guardrail_policy_input import (
        GuardrailPolicyInput as GuardrailPolicyInput,
        GuardrailPolicyInputModelRestrictionMode as GuardrailPolicyInputModelRestrictionMode,
        GuardrailPolicyInputPromptInjectionAction as GuardrailPolicyInputPromptInjectionAction,
        GuardrailPolicyInputProviderRestrictionMode as GuardrailPolicyInputProviderRestrictionMode,
        GuardrailPolicyInputSensitiveInfoDefaultAction as GuardrailPolicyInputSensitiveInfoDefaultAction,
    )
    from .guardrail_remove_response import GuardrailRemoveResponse as GuardrailRemoveResponse
    from .guardrail_response import GuardrailResponse as GuardrailResponse
    from .guardrail_update_request import GuardrailUpdateRequest as GuardrailUpdateRequest
    from .guardrail_user_ids_request import GuardrailUserIdsRequest as GuardrailUserIdsRequest
    from .image import Image as Image
    from .image_config import (
        ImageConfig as ImageConfig,
        ImageConfigFontInputsItem as ImageConfigFontInputsItem,
        ImageConfigImageSize as ImageConfigImageSize,
    )
    from .image_content_part import (
        ImageContentPart as ImageContentPart,
        ImageContentPartImageUrl as ImageContentPartImageUrl,
        ImageContentPartType as ImageContentPartType,
    )
    from .image_moderation_input import (
        ImageModerationInput as ImageModerationInput,
        ImageModerationInputImageUrl as ImageModerationInputImageUrl,
        ImageModerationInputType as ImageModerationInputType,
    )
    from .images_edit_request import ImagesEditRequest as ImagesEditRequest
    from .images_edit_response import ImagesEditResponse as ImagesEditResponse
    from .images_generation_request import ImagesGenerationRequest as ImagesGenerationRequest
    from .images_generation_response import ImagesGenerationResponse as ImagesGenerationResponse
    from .invalid_request_response import InvalidRequestResponse as InvalidRequestResponse
    from .key_invalidate_response import (
        KeyInvalidateResponse as KeyInvalidateResponse,
        KeyInvalidateResponseKey as KeyInvalidateResponseKey,
    )
    from .list_data_models_feed import ListDataModelsFeed as ListDataModelsFeed
    from .list_data_models_format import ListDataModelsFormat as ListDataModelsFormat
    from .list_data_models_response200 import ListDataModelsResponse200 as ListDataModelsResponse200
    from .list_data_models_response500 import ListDataModelsResponse500 as ListDataModelsResponse500
    from .list_model_endpoints_availability import (
        ListModelEndpointsAvailability as ListModelEndpointsAvailability,
    )
    from .list_models_availability import ListModelsAvailability as ListModelsAvailability
    from .list_models_feed import ListModelsFeed as ListModelsFeed
    from .list_models_format import ListModelsFormat as ListModelsFormat
    from .list_organisations_response200 import (
        ListOrganisationsResponse200 as ListOrganisationsResponse200,
    )
    from .list_organisations_response200_organisations_item import (
        ListOrganisationsResponse200OrganisationsItem as ListOrganisationsResponse200OrganisationsItem,
    )
    from .list_pricing_models_response200 import (
        ListPricingModelsResponse200 as ListPricingModelsResponse200,
    )
    from .list_providers_response200 import ListProvidersResponse200 as ListProvidersResponse200
    from .list_providers_response500 import ListProvidersResponse500 as ListProvidersResponse500
    from .list_team_models_availability import (
        ListTeamModelsAvailability as ListTeamModelsAvailability,
    )
    from .list_team_models_feed import ListTeamModelsFeed as ListTeamModelsFeed
    from .list_team_models_format import ListTeamModelsFormat as ListTeamModelsFormat
    from .management_key_collection_response import (
        ManagementKeyCollectionResponse as ManagementKeyCollectionResponse,
    )
    from .management_key_runtime import (
        ManagementKeyRuntime as ManagementKeyRuntime,
        ManagementKeyRuntimeStatus as ManagementKeyRuntimeStatus,
    )
    from .management_key_runtime_create_request import (
        ManagementKeyRuntimeCreateRequest as ManagementKeyRuntimeCreateRequest,
        ManagementKeyRuntimeCreateRequestTemplate as ManagementKeyRuntimeCreateRequestTemplate,
    )
    from .management_key_runtime_create_response import (
        ManagementKeyRuntimeCreateResponse as ManagementKeyRuntimeCreateResponse,
    )
    from .management_key_runtime_created import (
        ManagementKeyRuntimeCreated as ManagementKeyRuntimeCreated,
        ManagementKeyRuntimeCreatedStatus as ManagementKeyRuntimeCreatedStatus,
    )
    from .management_key_runtime_delete_response import (
        ManagementKeyRuntimeDeleteResponse as ManagementKeyRuntimeDeleteResponse,
    )
    from .management_key_runtime_response import (
        ManagementKeyRuntimeResponse as ManagementKeyRuntimeResponse,
    )
    from .management_key_runtime_update_request import (
        ManagementKeyRuntimeUpdateRequest as ManagementKeyRuntimeUpdateRequest,
        ManagementKeyRuntimeUpdateRequestTemplate as ManagementKeyRuntimeUpdateRequestTemplate,
    )
    from .message_content_part import MessageContentPart as MessageContentPart
    from .model import Model as Model, ModelVariantsValue as ModelVariantsValue
    from .model_availability import (
        ModelAvailability as ModelAvailability,
        ModelAvailabilityStatus as ModelAvailabilityStatus,
    )
    from .model_endpoint_capability import (
        ModelEndpointCapability as ModelEndpointCapability,
        ModelEndpointCapabilityCollection as ModelEndpointCapabilityCollection,
        ModelEndpointCapabilityEffective as ModelEndpointCapabilityEffective,
        ModelEndpointCapabilityProvider as ModelEndpointCapabilityProvider,
        ModelEndpointCapabilityRouting as ModelEndpointCapabilityRouting,
        ModelEndpointCapabilityStatus as ModelEndpointCapabilityStatus,
    )
    from .model_endpoints_response import (
        ModelEndpointsResponse as ModelEndpointsResponse,
        ModelEndpointsResponseAvailabilityMode as ModelEndpointsResponseAvailabilityMode,
    )
    from .model_id import ModelId as ModelId
    from .model_lifecycle import (
        ModelLifecycle as ModelLifecycle,
        ModelLifecycleStatus as ModelLifecycleStatus,
    )
    from .moderation_categories import ModerationCategories as ModerationCategories
    from .moderation_category_scores import ModerationCategoryScores as ModerationCategoryScores
    from .moderation_result import ModerationResult as ModerationResult
    from .moderations_request import ModerationsRequest as ModerationsRequest
    from .moderations_response import (
        ModerationsResponse as ModerationsResponse,
        ModerationsResponseMeta as ModerationsResponseMeta,
    )
    from .music_generate_request import (
        MusicGenerateRequest as MusicGenerateRequest,
        MusicGenerateRequestElevenlabs as MusicGenerateRequestElevenlabs,
        MusicGenerateRequestFormat as MusicGenerateRequestFormat,
        MusicGenerateRequestSuno as MusicGenerateRequestSuno,
        MusicGenerateRequestSunoVocalGender as MusicGenerateRequestSunoVocalGender,
    )
    from .music_generate_response import (
        MusicGenerateResponse as MusicGenerateResponse,
        MusicGenerateResponseObject as MusicGenerateResponseObject,
        MusicGenerateResponseStatus as MusicGenerateResponseStatus,
    )
    from .o_auth_client import (
        OAuthClient as OAuthClient,
        OAuthClientClientType as OAuthClientClientType,
    )
    from .o_auth_client_create_request import (
        OAuthClientCreateRequest as OAuthClientCreateRequest,
        OAuthClientCreateRequestClientType as OAuthClientCreateRequestClientType,
    )
    from .o_auth_client_create_response import (
        OAuthClientCreateResponse as OAuthClientCreateResponse,
    )
    from .o_auth_client_delete_response import (
        OAuthClientDeleteResponse as OAuthClientDeleteResponse,
    )
    from .o_auth_client_input import OAuthClientInput as OAuthClientInput
    from .o_auth_client_list_response import (
        OAuthClientListResponse as OAuthClientListResponse,
        OAuthClientListResponsePagination as OAuthClientListResponsePagination,
    )
    from .o_auth_client_secret_response import (
        OAuthClientSecretResponse as OAuthClientSecretResponse,
    )
    from .o_auth_client_update_request import OAuthClientUpdateRequest as OAuthClientUpdateRequest
    from .observability_destination import (
        ObservabilityDestination as ObservabilityDestination,
        ObservabilityDestinationGroupJoin as ObservabilityDestinationGroupJoin,
    )
    from .observability_destination_create_request import (
        ObservabilityDestinationCreateRequest as ObservabilityDestinationCreateRequest,
    )
    from .observability_destination_list_response import (
        ObservabilityDestinationListResponse as ObservabilityDestinationListResponse,
    )
    from .observability_destination_policy_input import (
        ObservabilityDestinationPolicyInput as ObservabilityDestinationPolicyInput,
        ObservabilityDestinationPolicyInputGroupJoin as ObservabilityDestinationPolicyInputGroupJoin,
    )
    from .observability_destination_response import (
        ObservabilityDestinationResponse as ObservabilityDestinationResponse,
    )
    from .observability_destination_type import (
        ObservabilityDestinationType as ObservabilityDestinationType,
    )
    from .observability_destination_update_request import (
        ObservabilityDestinationUpdateRequest as ObservabilityDestinationUpdateRequest,
    )
    from .observability_key_filter import (
        ObservabilityKeyFilter as ObservabilityKeyFilter,
        ObservabilityKeyFilterMode as ObservabilityKeyFilterMode,
    )
    from .observability_logging_policy import (
        ObservabilityLoggingPolicy as ObservabilityLoggingPolicy,
        ObservabilityLoggingPolicyBillingStatus as ObservabilityLoggingPolicyBillingStatus,
    )
    from .observability_logging_policy_response import (
        ObservabilityLoggingPolicyResponse as ObservabilityLoggingPolicyResponse,
    )
    from .observability_logging_policy_update_request import (
        ObservabilityLoggingPolicyUpdateRequest as ObservabilityLoggingPolicyUpdateRequest,
    )
    from .observability_rule import (
        ObservabilityRule as ObservabilityRule,
        ObservabilityRuleCondition as ObservabilityRuleCondition,
        ObservabilityRuleField as ObservabilityRuleField,
    )
    from .observability_rule_group import (
        ObservabilityRuleGroup as ObservabilityRuleGroup,
        ObservabilityRuleGroupMatch as ObservabilityRuleGroupMatch,
    )
    from .ocr_request import OcrRequest as OcrRequest
    from .ocr_response import OcrResponse as OcrResponse
    from .open_async_job_web_socket_kind import (
        OpenAsyncJobWebSocketKind as OpenAsyncJobWebSocketKind,
    )
    from .organisation_id import OrganisationId as OrganisationId
    from .parse_block import (
        ParseBlock as ParseBlock,
        ParseBlockVariant0 as ParseBlockVariant0,
        ParseBlockVariant0Text as ParseBlockVariant0Text,
        ParseBlockVariant0Type as ParseBlockVariant0Type,
        ParseBlockVariant1 as ParseBlockVariant1,
        ParseBlockVariant1Type as ParseBlockVariant1Type,
        ParseBlockVariant2 as ParseBlockVariant2,
        ParseBlockVariant2Table as ParseBlockVariant2Table,
        ParseBlockVariant2TableType as ParseBlockVariant2TableType,
        ParseBlockVariant2Type as ParseBlockVariant2Type,
    )
    from .parse_bounding_box import ParseBoundingBox as ParseBoundingBox
    from .parse_image import ParseImage as ParseImage, ParseImageCategory as ParseImageCategory
    from .parse_page import (
        ParsePage as ParsePage,
        ParsePageVariant0 as ParsePageVariant0,
        ParsePageVariant0Markdown as ParsePageVariant0Markdown,
        ParsePageVariant0Type as ParsePageVariant0Type,
        ParsePageVariant1 as ParsePageVariant1,
        ParsePageVariant1Type as ParsePageVariant1Type,
    )
    from .parse_request import (
        ParseRequest as ParseRequest,
        ParseRequestDocument as ParseRequestDocument,
        ParseRequestDocumentType as ParseRequestDocumentType,
        ParseRequestOutputFormat as ParseRequestOutputFormat,
    )
    from .parse_response import (
        ParseResponse as ParseResponse,
        ParseResponseObject as ParseResponseObject,
    )
    from .preset import Preset as Preset
    from .preset_config import PresetConfig as PresetConfig
    from .preset_create_request import PresetCreateRequest as PresetCreateRequest
    from .preset_create_response import PresetCreateResponse as PresetCreateResponse
    from .preset_fork_request import PresetForkRequest as PresetForkRequest
    from .preset_list_response import PresetListResponse as PresetListResponse
    from .preset_publisher import PresetPublisher as PresetPublisher
    from .preset_publisher_response import PresetPublisherResponse as PresetPublisherResponse
    from .preset_publisher_update_request import (
        PresetPublisherUpdateRequest as PresetPublisherUpdateRequest,
    )
    from .preset_response import PresetResponse as PresetResponse
    from .preset_test_run import (
        PresetTestRun as PresetTestRun,
        PresetTestRunStatus as PresetTestRunStatus,
    )
    from .preset_test_run_create_request import (
        PresetTestRunCreateRequest as PresetTestRunCreateRequest,
        PresetTestRunCreateRequestStatus as PresetTestRunCreateRequestStatus,
    )
    from .preset_test_run_detail_response import (
        PresetTestRunDetailResponse as PresetTestRunDetailResponse,
    )
    from .preset_test_run_list_response import (
        PresetTestRunListResponse as PresetTestRunListResponse,
    )
    from .preset_test_run_response import PresetTestRunResponse as PresetTestRunResponse
    from .preset_test_run_update_request import (
        PresetTestRunUpdateRequest as PresetTestRunUpdateRequest,
        PresetTestRunUpdateRequestStatus as PresetTestRunUpdateRequestStatus,
    )
    from .preset_update_request import PresetUpdateRequest as PresetUpdateRequest
    from .preset_upstream_apply_request import (
        PresetUpstreamApplyRequest as PresetUpstreamApplyRequest,
    )
    from .preset_upstream_apply_response import (
        PresetUpstreamApplyResponse as PresetUpstreamApplyResponse,
        PresetUpstreamApplyResponseData as PresetUpstreamApplyResponseData,
    )
    from .preset_version import PresetVersion as PresetVersion
    from .preset_version_list_response import PresetVersionListResponse as PresetVersionListResponse
    from .preset_version_publish_request import (
        PresetVersionPublishRequest as PresetVersionPublishRequest,
    )
    from .preset_version_response import PresetVersionResponse as PresetVersionResponse
    from .preset_versioning_method import PresetVersioningMethod as PresetVersioningMethod
    from .preset_visibility import PresetVisibility as PresetVisibility
    from .provider import Provider as Provider
    from .provider_credential import ProviderCredential as ProviderCredential
    from .provider_credential_create_request import (
        ProviderCredentialCreateRequest as ProviderCredentialCreateRequest,
    )
    from .provider_credential_delete_response import (
        ProviderCredentialDeleteResponse as ProviderCredentialDeleteResponse,
    )
    from .provider_credential_list_response import (
        ProviderCredentialListResponse as ProviderCredentialListResponse,
    )
    from .provider_credential_reorder_request import (
        ProviderCredentialReorderRequest as ProviderCredentialReorderRequest,
    )
    from .provider_credential_reorder_response import (
        ProviderCredentialReorderResponse as ProviderCredentialReorderResponse,
    )
    from .provider_credential_response import (
        ProviderCredentialResponse as ProviderCredentialResponse,
    )
    from .provider_credential_routing_mode import (
        ProviderCredentialRoutingMode as ProviderCredentialRoutingMode,
    )
    from .provider_credential_update_request import (
        ProviderCredentialUpdateRequest as ProviderCredentialUpdateRequest,
    )
    from .provider_options import (
        ProviderOptions as ProviderOptions,
        ProviderOptionsAnthropic as ProviderOptionsAnthropic,
        ProviderOptionsGoogle as ProviderOptionsGoogle,
        ProviderOptionsOpenai as ProviderOptionsOpenai,
        ProviderOptionsOpenaiContextManagement as ProviderOptionsOpenaiContextManagement,
        ProviderOptionsOpenaiContextManagementType as ProviderOptionsOpenaiContextManagementType,
    )
    from .provider_routing_options import (
        ProviderRoutingOptions as ProviderRoutingOptions,
        ProviderRoutingOptionsDataCollection as ProviderRoutingOptionsDataCollection,
        ProviderRoutingOptionsMaxPrice as ProviderRoutingOptionsMaxPrice,
    )
    from .reasoning_config import (
        ReasoningConfig as ReasoningConfig,
        ReasoningConfigEffort as ReasoningConfigEffort,
        ReasoningConfigMode as ReasoningConfigMode,
        ReasoningConfigSummary as ReasoningConfigSummary,
    )
    from .rerank_document import RerankDocument as RerankDocument
    from .rerank_request import RerankRequest as RerankRequest
    from .rerank_response import RerankResponse as RerankResponse
    from .rerank_result import RerankResult as RerankResult
    from .responses_input_item import (
        ResponsesInputItem as ResponsesInputItem,
        ResponsesInputItemRole as ResponsesInputItemRole,
    )
    from .responses_output_audio_part import (
        ResponsesOutputAudioPart as ResponsesOutputAudioPart,
        ResponsesOutputAudioPartAudioUrl as ResponsesOutputAudioPartAudioUrl,
        ResponsesOutputAudioPartFormat as ResponsesOutputAudioPartFormat,
        ResponsesOutputAudioPartType as ResponsesOutputAudioPartType,
    )
    from .responses_output_content_part import (
        ResponsesOutputContentPart as ResponsesOutputContentPart,
    )
    from .responses_output_image_part import (
        ResponsesOutputImagePart as ResponsesOutputImagePart,
        ResponsesOutputImagePartImageUrl as ResponsesOutputImagePartImageUrl,
        ResponsesOutputImagePartType as ResponsesOutputImagePartType,
    )
    from .responses_output_item import ResponsesOutputItem as ResponsesOutputItem
    from .responses_output_text_part import (
        ResponsesOutputTextPart as ResponsesOutputTextPart,
        ResponsesOutputTextPartType as ResponsesOutputTextPartType,
    )
    from .responses_request import (
        ResponsesRequest as ResponsesRequest,
        ResponsesRequestModalitiesItem as ResponsesRequestModalitiesItem,
        ResponsesRequestServiceTier as ResponsesRequestServiceTier,
        ResponsesRequestTruncation as ResponsesRequestTruncation,
    )
    from .responses_response import (
        ResponsesResponse as ResponsesResponse,
        ResponsesResponseStatus as ResponsesResponseStatus,
    )
    from .search_models_tool_definition import (
        SearchModelsToolDefinition as SearchModelsToolDefinition,
        SearchModelsToolDefinitionParameters as SearchModelsToolDefinitionParameters,
        SearchModelsToolDefinitionType as SearchModelsToolDefinitionType,
    )
    from .server_tool_usage import ServerToolUsage as ServerToolUsage
    from .subagent_tool_definition import (
        SubagentToolDefinition as SubagentToolDefinition,
        SubagentToolDefinitionType as SubagentToolDefinitionType,
    )
    from .summarize_gateway_feedback_group_by import (
        SummarizeGatewayFeedbackGroupBy as SummarizeGatewayFeedbackGroupBy,
    )
    from .supported_parameter_details import SupportedParameterDetails as SupportedParameterDetails
    from .text_content_part import (
        TextContentPart as TextContentPart,
        TextContentPartType as TextContentPartType,
    )
    from .text_generate_tool import TextGenerateTool as TextGenerateTool
    from .text_moderation_input import (
        TextModerationInput as TextModerationInput,
        TextModerationInputType as TextModerationInputType,
    )
    from .text_tool_choice import (
        TextToolChoice as TextToolChoice,
        TextToolChoiceVariant0 as TextToolChoiceVariant0,
    )
    from .tool_call import (
        ToolCall as ToolCall,
        ToolCallFunction as ToolCallFunction,
        ToolCallType as ToolCallType,
    )
    from .tool_call_content_part import (
        ToolCallContentPart as ToolCallContentPart,
        ToolCallContentPartFunction as ToolCallContentPartFunction,
        ToolCallContentPartType as ToolCallContentPartType,
    )
    from .updated_response import (
        UpdatedResponse as UpdatedResponse,
        UpdatedResponseData as UpdatedResponseData,
    )
    from .upload_file_provider import UploadFileProvider as UploadFileProvider
    from .usage import Usage as Usage
    from .video_billing_summary import (
        VideoBillingSummary as VideoBillingSummary,
        VideoBillingSummaryState as VideoBillingSummaryState,
    )
    from .video_content_part import (
        VideoContentPart as VideoContentPart,
        VideoContentPartType as VideoContentPartType,
    )
    from .video_generation_response import (
        VideoGenerationResponse as VideoGenerationResponse,
        VideoGenerationResponseAsset as VideoGenerationResponseAsset,
        VideoGenerationResponseLifecycleStatus as VideoGenerationResponseLifecycleStatus,
        VideoGenerationResponseOutputAccess as VideoGenerationResponseOutputAccess,
        VideoGenerationResponseStatus as VideoGenerationResponseStatus,
        VideoGenerationResponseUsage as VideoGenerationResponseUsage,
    )
    from .video_output import VideoOutput as VideoOutput
    from .webhook_endpoint import (
        WebhookEndpoint as WebhookEndpoint,
        WebhookEndpointStatus as WebhookEndpointStatus,
    )
    from .webhook_endpoint_create_request import (
        WebhookEndpointCreateRequest as WebhookEndpointCreateRequest,
    )
    from .webhook_endpoint_delete_response import (
        WebhookEndpointDeleteResponse as WebhookEndpointDeleteResponse,
        WebhookEndpointDeleteResponseObject as WebhookEndpointDeleteResponseObject,
    )
    from .webhook_endpoint_list_response import (
        WebhookEndpointListResponse as WebhookEndpointListResponse,
        WebhookEndpointListResponseObject as WebhookEndpointListResponseObject,
    )
    from .webhook_endpoint_secret_response import (
        WebhookEndpointSecretResponse as WebhookEndpointSecretResponse,
        WebhookEndpointSecretResponseStatus as WebhookEndpointSecretResponseStatus,
    )
    from .webhook_endpoint_update_request import (
        WebhookEndpointUpdateRequest as WebhookEndpointUpdateRequest,
        WebhookEndpointUpdateRequestStatus as WebhookEndpointUpdateRequestStatus,
    )
    from .workspace import Workspace as Workspace
    from .workspace_activity_entry import WorkspaceActivityEntry as WorkspaceActivityEntry
    from .workspace_activity_response import WorkspaceActivityResponse as WorkspaceActivityResponse
    from .workspace_app import WorkspaceApp as WorkspaceApp
    from .workspace_app_list_response import WorkspaceAppListResponse as WorkspaceAppListResponse
    from .workspace_app_merge_request import WorkspaceAppMergeRequest as WorkspaceAppMergeRequest
    from .workspace_app_merge_response import (
        WorkspaceAppMergeResponse as WorkspaceAppMergeResponse,
        WorkspaceAppMergeResponseData as WorkspaceAppMergeResponseData,
    )
    from .workspace_app_response import WorkspaceAppResponse as WorkspaceAppResponse
    from .workspace_app_update_request import WorkspaceAppUpdateRequest as WorkspaceAppUpdateRequest
    from .workspace_assignable_role import WorkspaceAssignableRole as WorkspaceAssignableRole
    from .workspace_audit_event import WorkspaceAuditEvent as WorkspaceAuditEvent
    from .workspace_audit_event_actor import WorkspaceAuditEventActor as WorkspaceAuditEventActor
    from .workspace_audit_event_limits import WorkspaceAuditEventLimits as WorkspaceAuditEventLimits
    from .workspace_audit_event_list_response import (
        WorkspaceAuditEventListResponse as WorkspaceAuditEventListResponse,
    )
    from .workspace_audit_event_metadata import (
        WorkspaceAuditEventMetadata as WorkspaceAuditEventMetadata,
    )
    from .workspace_auto_top_up_settings import (
        WorkspaceAutoTopUpSettings as WorkspaceAutoTopUpSettings,
    )
    from .workspace_auto_top_up_update import WorkspaceAutoTopUpUpdate as WorkspaceAutoTopUpUpdate
    from .workspace_budget import WorkspaceBudget as WorkspaceBudget
    from .workspace_budget_delete_response import (
        WorkspaceBudgetDeleteResponse as WorkspaceBudgetDeleteResponse,
        WorkspaceBudgetDeleteResponseData as WorkspaceBudgetDeleteResponseData,
    )
    from .workspace_budget_input import WorkspaceBudgetInput as WorkspaceBudgetInput
    from .workspace_budget_interval import WorkspaceBudgetInterval as WorkspaceBudgetInterval
    from .workspace_budget_list_response import (
        WorkspaceBudgetListResponse as WorkspaceBudgetListResponse,
    )
    from .workspace_budget_response import WorkspaceBudgetResponse as WorkspaceBudgetResponse
    from .workspace_budget_update_input import (
        WorkspaceBudgetUpdateInput as WorkspaceBudgetUpdateInput,
    )
    from .workspace_create_request import WorkspaceCreateRequest as WorkspaceCreateRequest
    from .workspace_department import (
        WorkspaceDepartment as WorkspaceDepartment,
        WorkspaceDepartmentSourceType as WorkspaceDepartmentSourceType,
    )
    from .workspace_department_create_request import (
        WorkspaceDepartmentCreateRequest as WorkspaceDepartmentCreateRequest,
    )
    from .workspace_department_input import (
        WorkspaceDepartmentInput as WorkspaceDepartmentInput,
        WorkspaceDepartmentInputColor as WorkspaceDepartmentInputColor,
        WorkspaceDepartmentInputIcon as WorkspaceDepartmentInputIcon,
    )
    from .workspace_department_list_response import (
        WorkspaceDepartmentListResponse as WorkspaceDepartmentListResponse,
    )
    from .workspace_department_member import (
        WorkspaceDepartmentMember as WorkspaceDepartmentMember,
        WorkspaceDepartmentMemberPosition as WorkspaceDepartmentMemberPosition,
    )
    from .workspace_department_member_request import (
        WorkspaceDepartmentMemberRequest as WorkspaceDepartmentMemberRequest,
        WorkspaceDepartmentMemberRequestPosition as WorkspaceDepartmentMemberRequestPosition,
    )
    from .workspace_department_member_response import (
        WorkspaceDepartmentMemberResponse as WorkspaceDepartmentMemberResponse,
    )
    from .workspace_department_response import (
        WorkspaceDepartmentResponse as WorkspaceDepartmentResponse,
    )
    from .workspace_department_update_request import (
        WorkspaceDepartmentUpdateRequest as WorkspaceDepartmentUpdateRequest,
    )
    from .workspace_directory_member import (
        WorkspaceDirectoryMember as WorkspaceDirectoryMember,
        WorkspaceDirectoryMemberEffectiveRole as WorkspaceDirectoryMemberEffectiveRole,
        WorkspaceDirectoryMemberRoleOverride as WorkspaceDirectoryMemberRoleOverride,
        WorkspaceDirectoryMemberStatus as WorkspaceDirectoryMemberStatus,
    )
    from .workspace_directory_member_update_request import (
        WorkspaceDirectoryMemberUpdateRequest as WorkspaceDirectoryMemberUpdateRequest,
        WorkspaceDirectoryMemberUpdateRequestAccessRole as WorkspaceDirectoryMemberUpdateRequestAccessRole,
        WorkspaceDirectoryMemberUpdateRequestDepartmentMode as WorkspaceDirectoryMemberUpdateRequestDepartmentMode,
        WorkspaceDirectoryMemberUpdateRequestDepartmentPosition as WorkspaceDirectoryMemberUpdateRequestDepartmentPosition,
    )
    from .workspace_directory_response import (
        WorkspaceDirectoryResponse as WorkspaceDirectoryResponse,
        WorkspaceDirectoryResponseData as WorkspaceDirectoryResponseData,
    )
    from .workspace_group_mapping import (
        WorkspaceGroupMapping as WorkspaceGroupMapping,
        WorkspaceGroupMappingAccessRole as WorkspaceGroupMappingAccessRole,
        WorkspaceGroupMappingDepartmentPosition as WorkspaceGroupMappingDepartmentPosition,
    )
    from .workspace_group_mapping_create_request import (
        WorkspaceGroupMappingCreateRequest as WorkspaceGroupMappingCreateRequest,
        WorkspaceGroupMappingCreateRequestAccessRole as WorkspaceGroupMappingCreateRequestAccessRole,
        WorkspaceGroupMappingCreateRequestDepartmentPosition as WorkspaceGroupMappingCreateRequestDepartmentPosition,
    )
    from .workspace_group_mapping_list_response import (
        WorkspaceGroupMappingListResponse as WorkspaceGroupMappingListResponse,
    )
    from .workspace_group_mapping_response import (
        WorkspaceGroupMappingResponse as WorkspaceGroupMappingResponse,
    )
    from .workspace_group_mapping_update_request import (
        WorkspaceGroupMappingUpdateRequest as WorkspaceGroupMappingUpdateRequest,
        WorkspaceGroupMappingUpdateRequestAccessRole as WorkspaceGroupMappingUpdateRequestAccessRole,
        WorkspaceGroupMappingUpdateRequestDepartmentPosition as WorkspaceGroupMappingUpdateRequestDepartmentPosition,
    )
    from .workspace_invite import WorkspaceInvite as WorkspaceInvite
    from .workspace_invite_create_request import (
        WorkspaceInviteCreateRequest as WorkspaceInviteCreateRequest,
    )
    from .workspace_invite_create_response import (
        WorkspaceInviteCreateResponse as WorkspaceInviteCreateResponse,
    )
    from .workspace_invite_list_response import (
        WorkspaceInviteListResponse as WorkspaceInviteListResponse,
    )
    from .workspace_join_request import WorkspaceJoinRequest as WorkspaceJoinRequest
    from .workspace_join_request_list_response import (
        WorkspaceJoinRequestListResponse as WorkspaceJoinRequestListResponse,
    )
    from .workspace_join_request_response import (
        WorkspaceJoinRequestResponse as WorkspaceJoinRequestResponse,
    )
    from .workspace_join_request_status import (
        WorkspaceJoinRequestStatus as WorkspaceJoinRequestStatus,
    )
    from .workspace_list_response import WorkspaceListResponse as WorkspaceListResponse
    from .workspace_low_balance_email_settings import (
        WorkspaceLowBalanceEmailSettings as WorkspaceLowBalanceEmailSettings,
    )
    from .workspace_low_balance_email_update import (
        WorkspaceLowBalanceEmailUpdate as WorkspaceLowBalanceEmailUpdate,
    )
    from .workspace_member import WorkspaceMember as WorkspaceMember
    from .workspace_member_add_response import (
        WorkspaceMemberAddResponse as WorkspaceMemberAddResponse,
    )
    from .workspace_member_bulk_request import (
        WorkspaceMemberBulkRequest as WorkspaceMemberBulkRequest,
    )
    from .workspace_member_list_response import (
        WorkspaceMemberListResponse as WorkspaceMemberListResponse,
    )
    from .workspace_member_remove_request import (
        WorkspaceMemberRemoveRequest as WorkspaceMemberRemoveRequest,
    )
    from .workspace_member_remove_response import (
        WorkspaceMemberRemoveResponse as WorkspaceMemberRemoveResponse,
    )
    from .workspace_member_response import WorkspaceMemberResponse as WorkspaceMemberResponse
    from .workspace_member_role_update_request import (
        WorkspaceMemberRoleUpdateRequest as WorkspaceMemberRoleUpdateRequest,
    )
    from .workspace_notification_destination import (
        WorkspaceNotificationDestination as WorkspaceNotificationDestination,
        WorkspaceNotificationDestinationStatus as WorkspaceNotificationDestinationStatus,
    )
    from .workspace_notification_destination_create_request import (
        WorkspaceNotificationDestinationCreateRequest as WorkspaceNotificationDestinationCreateRequest,
    )
    from .workspace_notification_destination_list_response import (
        WorkspaceNotificationDestinationListResponse as WorkspaceNotificationDestinationListResponse,
    )
    from .workspace_notification_destination_response import (
        WorkspaceNotificationDestinationResponse as WorkspaceNotificationDestinationResponse,
    )
    from .workspace_notification_destination_test_request import (
        WorkspaceNotificationDestinationTestRequest as WorkspaceNotificationDestinationTestRequest,
    )
    from .workspace_notification_destination_type import (
        WorkspaceNotificationDestinationType as WorkspaceNotificationDestinationType,
    )
    from .workspace_notification_email_preferences import (
        WorkspaceNotificationEmailPreferences as WorkspaceNotificationEmailPreferences,
    )
    from .workspace_notification_email_preferences_update import (
        WorkspaceNotificationEmailPreferencesUpdate as WorkspaceNotificationEmailPreferencesUpdate,
    )
    from .workspace_notification_event_kind import (
        WorkspaceNotificationEventKind as WorkspaceNotificationEventKind,
    )
    from .workspace_notification_route import (
        WorkspaceNotificationRoute as WorkspaceNotificationRoute,
    )
    from .workspace_notification_route_map import (
        WorkspaceNotificationRouteMap as WorkspaceNotificationRouteMap,
    )
    from .workspace_notification_route_response import (
        WorkspaceNotificationRouteResponse as WorkspaceNotificationRouteResponse,
    )
    from .workspace_notification_route_update_request import (
        WorkspaceNotificationRouteUpdateRequest as WorkspaceNotificationRouteUpdateRequest,
    )
    from .workspace_notification_routes_response import (
        WorkspaceNotificationRoutesResponse as WorkspaceNotificationRoutesResponse,
    )
    from .workspace_notification_settings import (
        WorkspaceNotificationSettings as WorkspaceNotificationSettings,
    )
    from .workspace_notification_settings_response import (
        WorkspaceNotificationSettingsResponse as WorkspaceNotificationSettingsResponse,
    )
    from .workspace_notification_settings_update_request import (
        WorkspaceNotificationSettingsUpdateRequest as WorkspaceNotificationSettingsUpdateRequest,
    )
    from .workspace_notification_test_response import (
        WorkspaceNotificationTestResponse as WorkspaceNotificationTestResponse,
        WorkspaceNotificationTestResponseData as WorkspaceNotificationTestResponseData,
    )
    from .workspace_provider_restriction_mode import (
        WorkspaceProviderRestrictionMode as WorkspaceProviderRestrictionMode,
    )
    from .workspace_response import WorkspaceResponse as WorkspaceResponse
    from .workspace_role import WorkspaceRole as WorkspaceRole
    from .workspace_routing_mode import WorkspaceRoutingMode as WorkspaceRoutingMode
    from .workspace_scim_audit_response import (
        WorkspaceScimAuditResponse as WorkspaceScimAuditResponse,
    )
    from .workspace_scim_endpoint import WorkspaceScimEndpoint as WorkspaceScimEndpoint
    from .workspace_scim_endpoint_response import (
        WorkspaceScimEndpointResponse as WorkspaceScimEndpointResponse,
    )
    from .workspace_scim_event import WorkspaceScimEvent as WorkspaceScimEvent
    from .workspace_scim_response import (
        WorkspaceScimResponse as WorkspaceScimResponse,
        WorkspaceScimResponseData as WorkspaceScimResponseData,
    )
    from .workspace_scim_token import WorkspaceScimToken as WorkspaceScimToken
    from .workspace_scim_token_create_request import (
        WorkspaceScimTokenCreateRequest as WorkspaceScimTokenCreateRequest,
    )
    from .workspace_scim_token_create_response import (
        WorkspaceScimTokenCreateResponse as WorkspaceScimTokenCreateResponse,
        WorkspaceScimTokenCreateResponseData as WorkspaceScimTokenCreateResponseData,
    )
    from .workspace_scim_update_request import (
        WorkspaceScimUpdateRequest as WorkspaceScimUpdateRequest,
    )
    from .workspace_settings import (
        WorkspaceSettings as WorkspaceSettings,
        WorkspaceSettingsResponseHealingMode as WorkspaceSettingsResponseHealingMode,
    )
    from .workspace_settings_response import WorkspaceSettingsResponse as WorkspaceSettingsResponse
    from .workspace_settings_update_request import (
        WorkspaceSettingsUpdateRequest as WorkspaceSettingsUpdateRequest,
        WorkspaceSettingsUpdateRequestResponseHealingMode as WorkspaceSettingsUpdateRequestResponseHealingMode,
    )
    from .workspace_sso_response import WorkspaceSsoResponse as WorkspaceSsoResponse
    from .workspace_sso_settings import (
        WorkspaceSsoSettings as WorkspaceSsoSettings,
        WorkspaceSsoSettingsMode as WorkspaceSsoSettingsMode,
    )
    from .workspace_sso_update_request import (
        WorkspaceSsoUpdateRequest as WorkspaceSsoUpdateRequest,
        WorkspaceSsoUpdateRequestMode as WorkspaceSsoUpdateRequestMode,
    )
    from .workspace_update_request import WorkspaceUpdateRequest as WorkspaceUpdateRequest

# Where each name is defined, one "name module" pair a line: the module of this package to
# import on first use. (Text rather than a dict display: formatting thousands of entries took
# black longer than any other part of this file.)
_INDEX = """
ActivityEntry activity_entry
AnalyticsResponse analytics_response
AnthropicContentBlock anthropic_content_block
AnthropicContentBlockSource anthropic_content_block
AnthropicContentBlockType anthropic_content_block
AnthropicMessage anthropic_message
AnthropicMessageRole anthropic_message
AnthropicMessagesRequest anthropic_messages_request
AnthropicMessagesRequestSystemVariant1Item anthropic_messages_request
AnthropicMessagesRequestSystemVariant1ItemType anthropic_messages_request
AnthropicMessagesResponse anthropic_messages_response
AnthropicMessagesResponseRole anthropic_messages_response
AnthropicTool anthropic_tool
AnthropicUsage anthropic_usage
ApiKey api_key
ApiKeyCreateRequest api_key_create_request
ApiKeyCreateRequestLimitReset api_key_create_request
ApiKeyLimitBucket api_key_limit_bucket
ApiKeyLimitInputBucket api_key_limit_input_bucket
ApiKeyLimitInputWindows api_key_limit_input_windows
ApiKeyLimitReset api_key
ApiKeyLimitWindows api_key_limit_windows
ApiKeyListResponse api_key_list_response
ApiKeyResponse api_key_response
ApiKeyRotateRequest api_key_rotate_request
ApiKeyRotateResponse api_key_rotate_response
ApiKeyScopeValue api_key_scope_value
ApiKeyUpdateRequest api_key_update_request
ApiKeyUpdateRequestLimitReset api_key_update_request
ApiKeyUsageBucket api_key_usage_bucket
ApiKeyUsageWindows api_key_usage_windows
ApiKeyWithValue api_key_with_value
ApiKeyWithValueResponse api_key_with_value_response
AsyncJobWebSocketClientEvent async_job_web_socket_client_event
AsyncJobWebSocketClientEventType async_job_web_socket_client_event
AsyncJobWebSocketServerEvent async_job_web_socket_server_event
AsyncJobWebSocketServerEventDataVariant2 async_job_web_socket_server_event
AsyncJobWebSocketServerEventDataVariant2Kind async_job_web_socket_server_event
AsyncJobWebSocketServerEventType async_job_web_socket_server_event
AsyncJobWebSocketUpgradeRequiredResponse async_job_web_socket_upgrade_required_response
AsyncJobWebSocketUpgradeRequiredResponseError async_job_web_socket_upgrade_required_response
AsyncWebhookDeliveryAttempt async_webhook_delivery_attempt
AsyncWebhookDeliveryAttemptStatus async_webhook_delivery_attempt
AsyncWebhookDeliverySummary async_webhook_delivery_summary
AsyncWebhookDeliverySummaryLastAttemptStatus async_webhook_delivery_summary
AsyncWebhookPublicState async_webhook_public_state
AudioContentPart audio_content_part
AudioContentPartInputAudio audio_content_part
AudioContentPartInputAudioFormat audio_content_part
AudioContentPartType audio_content_part
AudioSpeechRequest audio_speech_request
AudioSpeechRequestFormat audio_speech_request
AudioTranscriptionRequest audio_transcription_request
AudioTranscriptionRequestChunkingStrategyVariant0 audio_transcription_request
AudioTranscriptionRequestChunkingStrategyVariant1 audio_transcription_request
AudioTranscriptionRequestChunkingStrategyVariant1Type audio_transcription_request
AudioTranscriptionResponse audio_transcription_response
AudioTranslationRequest audio_translation_request
AudioTranslationResponse audio_translation_response
BatchBillingSummary batch_billing_summary
BatchBillingSummaryState batch_billing_summary
BatchRequestCounts batch_request_counts
BatchResponse batch_response
BatchResponseLifecycleStatus batch_response
BatchResponseUsage batch_response
CacheControl cache_control
CalculatePricingBody calculate_pricing_body
CalculatePricingResponse200 calculate_pricing_response200
ChatAudioOutputPart chat_audio_output_part
ChatAudioOutputPartAudioUrl chat_audio_output_part
ChatAudioOutputPartFormat chat_audio_output_part
ChatAudioOutputPartType chat_audio_output_part
ChatChoice chat_choice
ChatChoiceFinishReason chat_choice
ChatCompletionsRequest chat_completions_request
ChatCompletionsRequestModalitiesItem chat_completions_request
ChatCompletionsRequestProviderVariant0 chat_completions_request
ChatCompletionsRequestReasoningEffort chat_completions_request
ChatCompletionsRequestResponseFormatVariant1 chat_completions_request
ChatCompletionsRequestServiceTier chat_completions_request
ChatCompletionsResponse chat_completions_response
ChatImageOutputPart chat_image_output_part
ChatImageOutputPartImageUrl chat_image_output_part
ChatImageOutputPartType chat_image_output_part
ChatMessage chat_message
ChatMessageRole chat_message
CreateRealtimeSessionBody create_realtime_session_body
CreateRealtimeSessionBodySource create_realtime_session_body
CreateRealtimeSessionBodyType create_realtime_session_body
CreditsResponse credits_response
CreditsResponseCredits credits_response
DataContributionCategories data_contribution_categories
DataContributionClassifier data_contribution_classifier
DataContributionClassifierCreateRequest data_contribution_classifier_create_request
DataContributionClassifierCreateRequestServiceTier data_contribution_classifier_create_request
DataContributionClassifierDeleteResponse data_contribution_classifier_delete_response
DataContributionClassifierDeleteResponseData data_contribution_classifier_delete_response
DataContributionClassifierInput data_contribution_classifier_input
DataContributionClassifierInputServiceTier data_contribution_classifier_input
DataContributionClassifierKind data_contribution_classifier
DataContributionClassifierResponse data_contribution_classifier_response
DataContributionClassifierServiceTier data_contribution_classifier
DataContributionClassifierUpdateRequest data_contribution_classifier_update_request
DataContributionConsentRequest data_contribution_consent_request
DataContributionConsentResponse data_contribution_consent_response
DataContributionConsentResponseData data_contribution_consent_response
DataContributionOverviewResponse data_contribution_overview_response
DataContributionOverviewResponseData data_contribution_overview_response
DataContributionOverviewResponseDataLast30Days data_contribution_overview_response
DataModel data_model
DataModelOrganisation data_model_organisation
DebugOptions debug_options
DebugOptionsTraceLevel debug_options
DeletedResponse deleted_response
DynamicRoute dynamic_route
DynamicRouteAction dynamic_route_action
DynamicRouteCondition dynamic_route_condition
DynamicRouteConditionField dynamic_route_condition
DynamicRouteConditionOperator dynamic_route_condition
DynamicRouteConfig dynamic_route_config
DynamicRouteConfigSchemaVersion dynamic_route_config
DynamicRouteCreateRequest dynamic_route_create_request
DynamicRouteCreateRequestStatus dynamic_route_create_request
DynamicRouteDeleteResponse dynamic_route_delete_response
DynamicRouteDeleteResponseData dynamic_route_delete_response
DynamicRouteDeployResponse dynamic_route_deploy_response
DynamicRouteDeployResponseData dynamic_route_deploy_response
DynamicRouteEdge dynamic_route_edge
DynamicRouteKeysResponse dynamic_route_keys_response
DynamicRouteKeysResponseData dynamic_route_keys_response
DynamicRouteKeysUpdateRequest dynamic_route_keys_update_request
DynamicRouteListResponse dynamic_route_list_response
DynamicRouteNode dynamic_route_node
DynamicRouteNodePosition dynamic_route_node
DynamicRouteNodeType dynamic_route_node
DynamicRouteResponse dynamic_route_response
DynamicRouteRule dynamic_route_rule
DynamicRouteStatus dynamic_route
DynamicRouteUpdateRequest dynamic_route_update_request
DynamicRouteUpdateRequestStatus dynamic_route_update_request
DynamicRouteVersion dynamic_route_version
DynamicRouteVersionStatus dynamic_route_version
Embedding embedding
EmbeddingsMultimodalInput embeddings_multimodal_input
EmbeddingsMultimodalInputContentItemVariant0 embeddings_multimodal_input
EmbeddingsMultimodalInputContentItemVariant0Type embeddings_multimodal_input
EmbeddingsMultimodalInputContentItemVariant1 embeddings_multimodal_input
EmbeddingsMultimodalInputContentItemVariant1ImageUrlVariant1 embeddings_multimodal_input
EmbeddingsMultimodalInputContentItemVariant1Type embeddings_multimodal_input
EmbeddingsMultimodalInputContentItemVariant1UrlVariant1 embeddings_multimodal_input
EmbeddingsMultimodalInputContentItemVariant2 embeddings_multimodal_input
EmbeddingsMultimodalInputContentItemVariant2InputAudio embeddings_multimodal_input
EmbeddingsMultimodalInputContentItemVariant2Type embeddings_multimodal_input
EmbeddingsMultimodalInputContentItemVariant3 embeddings_multimodal_input
EmbeddingsMultimodalInputContentItemVariant3Type embeddings_multimodal_input
EmbeddingsMultimodalInputContentItemVariant3UrlVariant1 embeddings_multimodal_input
EmbeddingsMultimodalInputContentItemVariant3VideoUrlVariant1 embeddings_multimodal_input
EmbeddingsRequest embeddings_request
EmbeddingsRequestEncodingFormat embeddings_request
EmbeddingsRequestProviderOptions embeddings_request
EmbeddingsRequestProviderOptionsGoogle embeddings_request
EmbeddingsRequestProviderOptionsMistral embeddings_request
EmbeddingsRequestProviderOptionsMistralOutputDtype embeddings_request
EmbeddingsResponse embeddings_response
EndpointCatalogueEntry endpoint_catalogue_entry
EndpointCatalogueResponse endpoint_catalogue_response
ErrorFailureSampleItem error_failure_sample_item
ErrorProviderCandidateDiagnostics error_provider_candidate_diagnostics
ErrorProviderCandidateDiagnosticsDroppedMissingAdapterItem error_provider_candidate_diagnostics
ErrorProviderEnablementDiagnostics error_provider_enablement_diagnostics
ErrorProviderEnablementDiagnosticsDroppedItem error_provider_enablement_diagnostics
ErrorProviderFailureDiagnostics error_provider_failure_diagnostics
ErrorProviderFailureDiagnosticsCategory error_provider_failure_diagnostics
ErrorResponse error_response
ErrorResponseErrorOrigin error_response
ErrorResponseErrorType error_response
ErrorRoutingDiagnostics error_routing_diagnostics
ErrorRoutingDiagnosticsFilterStagesItem error_routing_diagnostics
ErrorRoutingDiagnosticsFilterStagesItemDroppedProvidersItem error_routing_diagnostics
ErrorUpstreamError error_upstream_error
FileResponse file_response
FileUploadRequest file_upload_request
FinalizeRealtimeSessionBody finalize_realtime_session_body
FinalizeRealtimeSessionBodyStatus finalize_realtime_session_body
FunctionToolDefinition function_tool_definition
FunctionToolDefinitionFunction function_tool_definition
FunctionToolDefinitionType function_tool_definition
FusionToolDefinition fusion_tool_definition
FusionToolDefinitionParameters fusion_tool_definition
FusionToolDefinitionType fusion_tool_definition
GatewayCapabilities gateway_capabilities
GatewayCapabilityStatus gateway_capability_status
GatewayDatetimeToolDefinition gateway_datetime_tool_definition
GatewayDatetimeToolDefinitionParameters gateway_datetime_tool_definition
GatewayDatetimeToolDefinitionType gateway_datetime_tool_definition
GatewayFeedback gateway_feedback
GatewayFeedbackCreateRequest gateway_feedback_create_request
GatewayFeedbackCreateRequestSource gateway_feedback_create_request
GatewayFeedbackListResponse gateway_feedback_list_response
GatewayFeedbackResponse gateway_feedback_response
GatewayFeedbackSource gateway_feedback
GatewayFeedbackSummaryResponse gateway_feedback_summary_response
GatewayFeedbackSummaryResponseGroupBy gateway_feedback_summary_response
GatewayFeedbackSummaryRow gateway_feedback_summary_row
GatewayModalities gateway_modalities
GatewayModelLifecycle gateway_model_lifecycle
GatewayModelLifecycleStatus gateway_model_lifecycle
GatewayModelLimits gateway_model_limits
GatewayModelOffer gateway_model_offer
GatewayModelOfferEffective gateway_model_offer
GatewayModelOfferProvider gateway_model_offer
GatewayModelOfferRouting gateway_model_offer
GatewayModelOfferStatus gateway_model_offer
GatewayModelOrganization gateway_model_organization
GatewayModelsResponse gateway_models_response
GatewayModelsResponseAvailabilityMode gateway_models_response
GatewayObservabilityEvent gateway_observability_event
GatewayObservabilityEventCategory gateway_observability_event
GatewayObservabilityEventCreateRequest gateway_observability_event_create_request
GatewayObservabilityEventCreateRequestCategory gateway_observability_event_create_request
GatewayObservabilityEventCreateRequestSource gateway_observability_event_create_request
GatewayObservabilityEventListResponse gateway_observability_event_list_response
GatewayObservabilityEventResponse gateway_observability_event_response
GatewayObservabilityEventSource gateway_observability_event
GatewayPricing gateway_pricing
GatewayPricingMeter gateway_pricing_meter
GatewayPricingMeterCurrency gateway_pricing_meter
GatewayPricingPricingPlan gateway_pricing
GatewayProviderAvailabilityReason gateway_provider_availability_reason
GatewayRequestLog gateway_request_log
GatewayRequestLogListResponse gateway_request_log_list_response
GatewayRequestLogResponse gateway_request_log_response
GatewayRoutingStatus gateway_routing_status
GatewayWebFetchToolDefinition gateway_web_fetch_tool_definition
GatewayWebFetchToolDefinitionParameters gateway_web_fetch_tool_definition
GatewayWebFetchToolDefinitionType gateway_web_fetch_tool_definition
GatewayWebSearchToolDefinition gateway_web_search_tool_definition
GatewayWebSearchToolDefinitionParameters gateway_web_search_tool_definition
GatewayWebSearchToolDefinitionType gateway_web_search_tool_definition
GenerationResponse generation_response
GenerationResponseUsage generation_response
GetGenerationResponse401 get_generation_response401
GetGenerationResponse404 get_generation_response404
GetHealthResponse200 get_health_response200
Guardrail guardrail
GuardrailBudgetInput guardrail_budget_input
GuardrailCreateRequest guardrail_create_request
GuardrailDeleteResponse guardrail_delete_response
GuardrailDetailResponse guardrail_detail_response
GuardrailDetailResponseData guardrail_detail_response
GuardrailDetailResponseDataModelRestrictionMode guardrail_detail_response
GuardrailDetailResponseDataPromptInjectionAction guardrail_detail_response
GuardrailDetailResponseDataProviderRestrictionMode guardrail_detail_response
GuardrailDetailResponseDataSensitiveInfoDefaultAction guardrail_detail_response
GuardrailKeyAddResponse guardrail_key_add_response
GuardrailKeyAssignment guardrail_key_assignment
GuardrailKeyIdsReplaceRequest guardrail_key_ids_replace_request
GuardrailKeyIdsRequest guardrail_key_ids_request
GuardrailKeyListResponse guardrail_key_list_response
GuardrailKeySetResponse guardrail_key_set_response
GuardrailKeySetResponseData guardrail_key_set_response
GuardrailListResponse guardrail_list_response
GuardrailMemberAddResponse guardrail_member_add_response
GuardrailMemberAssignment guardrail_member_assignment
GuardrailMemberListResponse guardrail_member_list_response
GuardrailModelRestrictionMode guardrail
GuardrailPolicyInput guardrail_policy_input
GuardrailPolicyInputModelRestrictionMode guardrail_policy_input
GuardrailPolicyInputPromptInjectionAction guardrail_policy_input
GuardrailPolicyInputProviderRestrictionMode guardrail_policy_input
GuardrailPolicyInputSensitiveInfoDefaultAction guardrail_policy_input
GuardrailPromptInjectionAction guardrail
GuardrailProviderRestrictionMode guardrail
GuardrailRemoveResponse guardrail_remove_response
GuardrailResponse guardrail_response
GuardrailSensitiveInfoDefaultAction guardrail
GuardrailUpdateRequest guardrail_update_request
GuardrailUserIdsRequest guardrail_user_ids_request
Image image
ImageConfig image_config
ImageConfigFontInputsItem image_config
ImageConfigImageSize image_config
ImageContentPart image_content_part
ImageContentPartImageUrl image_content_part
ImageContentPartType image_content_part
ImageModerationInput image_moderation_input
ImageModerationInputImageUrl image_moderation_input
ImageModerationInputType image_moderation_input
ImagesEditRequest images_edit_request
ImagesEditResponse images_edit_response
ImagesGenerationRequest images_generation_request
ImagesGenerationResponse images_generation_response
InvalidRequestResponse invalid_request_response
KeyInvalidateResponse key_invalidate_response
KeyInvalidateResponseKey key_invalidate_response
ListDataModelsFeed list_data_models_feed
ListDataModelsFormat list_data_models_format
ListDataModelsResponse200 list_data_models_response200
ListDataModelsResponse500 list_data_models_response500
ListModelEndpointsAvailability list_model_endpoints_availability
ListModelsAvailability list_models_availability
ListModelsFeed list_models_feed
ListModelsFormat list_models_format
ListOrganisationsResponse200 list_organisations_response200
ListOrganisationsResponse200OrganisationsItem list_organisations_response200_organisations_item
ListPricingModelsResponse200 list_pricing_models_response200
ListProvidersResponse200 list_providers_response200
ListProvidersResponse500 list_providers_response500
ListTeamModelsAvailability list_team_models_availability
ListTeamModelsFeed list_team_models_feed
ListTeamModelsFormat list_team_models_format
ManagementKeyCollectionResponse management_key_collection_response
ManagementKeyRuntime management_key_runtime
ManagementKeyRuntimeCreateRequest management_key_runtime_create_request
ManagementKeyRuntimeCreateRequestTemplate management_key_runtime_create_request
ManagementKeyRuntimeCreateResponse management_key_runtime_create_response
ManagementKeyRuntimeCreated management_key_runtime_created
ManagementKeyRuntimeCreatedStatus management_key_runtime_created
ManagementKeyRuntimeDeleteResponse management_key_runtime_delete_response
ManagementKeyRuntimeResponse management_key_runtime_response
ManagementKeyRuntimeStatus management_key_runtime
ManagementKeyRuntimeUpdateRequest management_key_runtime_update_request
ManagementKeyRuntimeUpdateRequestTemplate management_key_runtime_update_request
MessageContentPart message_content_part
Model model
ModelAvailability model_availability
ModelAvailabilityStatus model_availability
ModelEndpointCapability model_endpoint_capability
ModelEndpointCapabilityCollection model_endpoint_capability
ModelEndpointCapabilityEffective model_endpoint_capability
ModelEndpointCapabilityProvider model_endpoint_capability
ModelEndpointCapabilityRouting model_endpoint_capability
ModelEndpointCapabilityStatus model_endpoint_capability
ModelEndpointsResponse model_endpoints_response
ModelEndpointsResponseAvailabilityMode model_endpoints_response
ModelId model_id
ModelLifecycle model_lifecycle
ModelLifecycleStatus model_lifecycle
ModelVariantsValue model
ModerationCategories moderation_categories
ModerationCategoryScores moderation_category_scores
ModerationResult moderation_result
ModerationsRequest moderations_request
ModerationsResponse moderations_response
ModerationsResponseMeta moderations_response
MusicGenerateRequest music_generate_request
MusicGenerateRequestElevenlabs music_generate_request
MusicGenerateRequestFormat music_generate_request
MusicGenerateRequestSuno music_generate_request
MusicGenerateRequestSunoVocalGender music_generate_request
MusicGenerateResponse music_generate_response
MusicGenerateResponseObject music_generate_response
MusicGenerateResponseStatus music_generate_response
OAuthClient o_auth_client
OAuthClientClientType o_auth_client
OAuthClientCreateRequest o_auth_client_create_request
OAuthClientCreateRequestClientType o_auth_client_create_request
OAuthClientCreateResponse o_auth_client_create_response
OAuthClientDeleteResponse o_auth_client_delete_response
OAuthClientInput o_auth_client_input
OAuthClientListResponse o_auth_client_list_response
OAuthClientListResponsePagination o_auth_client_list_response
OAuthClientSecretResponse o_auth_client_secret_response
OAuthClientUpdateRequest o_auth_client_update_request
ObservabilityDestination observability_destination
ObservabilityDestinationCreateRequest observability_destination_create_request
ObservabilityDestinationGroupJoin observability_destination
ObservabilityDestinationListResponse observability_destination_list_response
ObservabilityDestinationPolicyInput observability_destination_policy_input
ObservabilityDestinationPolicyInputGroupJoin observability_destination_policy_input
ObservabilityDestinationResponse observability_destination_response
ObservabilityDestinationType observability_destination_type
ObservabilityDestinationUpdateRequest observability_destination_update_request
ObservabilityKeyFilter observability_key_filter
ObservabilityKeyFilterMode observability_key_filter
ObservabilityLoggingPolicy observability_logging_policy
ObservabilityLoggingPolicyBillingStatus observability_logging_policy
ObservabilityLoggingPolicyResponse observability_logging_policy_response
ObservabilityLoggingPolicyUpdateRequest observability_logging_policy_update_request
ObservabilityRule observability_rule
ObservabilityRuleCondition observability_rule
ObservabilityRuleField observability_rule
ObservabilityRuleGroup observability_rule_group
ObservabilityRuleGroupMatch observability_rule_group
OcrRequest ocr_request
OcrResponse ocr_response
OpenAsyncJobWebSocketKind open_async_job_web_socket_kind
OrganisationId organisation_id
ParseBlock parse_block
ParseBlockVariant0 parse_block
ParseBlockVariant0Text parse_block
ParseBlockVariant0Type parse_block
ParseBlockVariant1 parse_block
ParseBlockVariant1Type parse_block
ParseBlockVariant2 parse_block
ParseBlockVariant2Table parse_block
ParseBlockVariant2TableType parse_block
ParseBlockVariant2Type parse_block
ParseBoundingBox parse_bounding_box
ParseImage parse_image
ParseImageCategory parse_image
ParsePage parse_page
ParsePageVariant0 parse_page
ParsePageVariant0Markdown parse_page
ParsePageVariant0Type parse_page
ParsePageVariant1 parse_page
ParsePageVariant1Type parse_page
ParseRequest parse_request
ParseRequestDocument parse_request
ParseRequestDocumentType parse_request
ParseRequestOutputFormat parse_request
ParseResponse parse_response
ParseResponseObject parse_response
Preset preset
PresetConfig preset_config
PresetCreateRequest preset_create_request
PresetCreateResponse preset_create_response
PresetForkRequest preset_fork_request
PresetListResponse preset_list_response
PresetPublisher preset_publisher
PresetPublisherResponse preset_publisher_response
PresetPublisherUpdateRequest preset_publisher_update_request
PresetResponse preset_response
PresetTestRun preset_test_run
PresetTestRunCreateRequest preset_test_run_create_request
PresetTestRunCreateRequestStatus preset_test_run_create_request
PresetTestRunDetailResponse preset_test_run_detail_response
PresetTestRunListResponse preset_test_run_list_response
PresetTestRunResponse preset_test_run_response
PresetTestRunStatus preset_test_run
PresetTestRunUpdateRequest preset_test_run_update_request
PresetTestRunUpdateRequestStatus preset_test_run_update_request
PresetUpdateRequest preset_update_request
PresetUpstreamApplyRequest preset_upstream_apply_request
PresetUpstreamApplyResponse preset_upstream_apply_response
PresetUpstreamApplyResponseData preset_upstream_apply_response
PresetVersion preset_version
PresetVersionListResponse preset_version_list_response
PresetVersionPublishRequest preset_version_publish_request
PresetVersionResponse preset_version_response
PresetVersioningMethod preset_versioning_method
PresetVisibility preset_visibility
Provider provider
ProviderCredential provider_credential
ProviderCredentialCreateRequest provider_credential_create_request
ProviderCredentialDeleteResponse provider_credential_delete_response
ProviderCredentialListResponse provider_credential_list_response
ProviderCredentialReorderRequest provider_credential_reorder_request
ProviderCredentialReorderResponse provider_credential_reorder_response
ProviderCredentialResponse provider_credential_response
ProviderCredentialRoutingMode provider_credential_routing_mode
ProviderCredentialUpdateRequest provider_credential_update_request
ProviderOptions provider_options
ProviderOptionsAnthropic provider_options
ProviderOptionsGoogle provider_options
ProviderOptionsOpenai provider_options
ProviderOptionsOpenaiContextManagement provider_options
ProviderOptionsOpenaiContextManagementType provider_options
ProviderRoutingOptions provider_routing_options
ProviderRoutingOptionsDataCollection provider_routing_options
ProviderRoutingOptionsMaxPrice provider_routing_options
ReasoningConfig reasoning_config
ReasoningConfigEffort reasoning_config
ReasoningConfigMode reasoning_config
ReasoningConfigSummary reasoning_config
RerankDocument rerank_document
RerankRequest rerank_request
RerankResponse rerank_response
RerankResult rerank_result
ResponsesInputItem responses_input_item
ResponsesInputItemRole responses_input_item
ResponsesOutputAudioPart responses_output_audio_part
ResponsesOutputAudioPartAudioUrl responses_output_audio_part
ResponsesOutputAudioPartFormat responses_output_audio_part
ResponsesOutputAudioPartType responses_output_audio_part
ResponsesOutputContentPart responses_output_content_part
ResponsesOutputImagePart responses_output_image_part
ResponsesOutputImagePartImageUrl responses_output_image_part
ResponsesOutputImagePartType responses_output_image_part
ResponsesOutputItem responses_output_item
ResponsesOutputTextPart responses_output_text_part
ResponsesOutputTextPartType responses_output_text_part
ResponsesRequest responses_request
ResponsesRequestModalitiesItem responses_request
ResponsesRequestServiceTier responses_request
ResponsesRequestTruncation responses_request
ResponsesResponse responses_response
ResponsesResponseStatus responses_response
SearchModelsToolDefinition search_models_tool_definition
SearchModelsToolDefinitionParameters search_models_tool_definition
SearchModelsToolDefinitionType search_models_tool_definition
ServerToolUsage server_tool_usage
SubagentToolDefinition subagent_tool_definition
SubagentToolDefinitionType subagent_tool_definition
SummarizeGatewayFeedbackGroupBy summarize_gateway_feedback_group_by
SupportedParameterDetails supported_parameter_details
TextContentPart text_content_part
TextContentPartType text_content_part
TextGenerateTool text_generate_tool
TextModerationInput text_moderation_input
TextModerationInputType text_moderation_input
TextToolChoice text_tool_choice
TextToolChoiceVariant0 text_tool_choice
ToolCall tool_call
ToolCallContentPart tool_call_content_part
ToolCallContentPartFunction tool_call_content_part
ToolCallContentPartType tool_call_content_part
ToolCallFunction tool_call
ToolCallType tool_call
UpdatedResponse updated_response
UpdatedResponseData updated_response
UploadFileProvider upload_file_provider
Usage usage
VideoBillingSummary video_billing_summary
VideoBillingSummaryState video_billing_summary
VideoContentPart video_content_part
VideoContentPartType video_content_part
VideoGenerationResponse video_generation_response
VideoGenerationResponseAsset video_generation_response
VideoGenerationResponseLifecycleStatus video_generation_response
VideoGenerationResponseOutputAccess video_generation_response
VideoGenerationResponseStatus video_generation_response
VideoGenerationResponseUsage video_generation_response
VideoOutput video_output
WebhookEndpoint webhook_endpoint
WebhookEndpointCreateRequest webhook_endpoint_create_request
WebhookEndpointDeleteResponse webhook_endpoint_delete_response
WebhookEndpointDeleteResponseObject webhook_endpoint_delete_response
WebhookEndpointListResponse webhook_endpoint_list_response
WebhookEndpointListResponseObject webhook_endpoint_list_response
WebhookEndpointSecretResponse webhook_endpoint_secret_response
WebhookEndpointSecretResponseStatus webhook_endpoint_secret_response
WebhookEndpointStatus webhook_endpoint
WebhookEndpointUpdateRequest webhook_endpoint_update_request
WebhookEndpointUpdateRequestStatus webhook_endpoint_update_request
Workspace workspace
WorkspaceActivityEntry workspace_activity_entry
WorkspaceActivityResponse workspace_activity_response
WorkspaceApp workspace_app
WorkspaceAppListResponse workspace_app_list_response
WorkspaceAppMergeRequest workspace_app_merge_request
WorkspaceAppMergeResponse workspace_app_merge_response
WorkspaceAppMergeResponseData workspace_app_merge_response
WorkspaceAppResponse workspace_app_response
WorkspaceAppUpdateRequest workspace_app_update_request
WorkspaceAssignableRole workspace_assignable_role
WorkspaceAuditEvent workspace_audit_event
WorkspaceAuditEventActor workspace_audit_event_actor
WorkspaceAuditEventLimits workspace_audit_event_limits
WorkspaceAuditEventListResponse workspace_audit_event_list_response
WorkspaceAuditEventMetadata workspace_audit_event_metadata
WorkspaceAutoTopUpSettings workspace_auto_top_up_settings
WorkspaceAutoTopUpUpdate workspace_auto_top_up_update
WorkspaceBudget workspace_budget
WorkspaceBudgetDeleteResponse workspace_budget_delete_response
WorkspaceBudgetDeleteResponseData workspace_budget_delete_response
WorkspaceBudgetInput workspace_budget_input
WorkspaceBudgetInterval workspace_budget_interval
WorkspaceBudgetListResponse workspace_budget_list_response
WorkspaceBudgetResponse workspace_budget_response
WorkspaceBudgetUpdateInput workspace_budget_update_input
WorkspaceCreateRequest workspace_create_request
WorkspaceDepartment workspace_department
WorkspaceDepartmentCreateRequest workspace_department_create_request
WorkspaceDepartmentInput workspace_department_input
WorkspaceDepartmentInputColor workspace_department_input
WorkspaceDepartmentInputIcon workspace_department_input
WorkspaceDepartmentListResponse workspace_department_list_response
WorkspaceDepartmentMember workspace_department_member
WorkspaceDepartmentMemberPosition workspace_department_member
WorkspaceDepartmentMemberRequest workspace_department_member_request
WorkspaceDepartmentMemberRequestPosition workspace_department_member_request
WorkspaceDepartmentMemberResponse workspace_department_member_response
WorkspaceDepartmentResponse workspace_department_response
WorkspaceDepartmentSourceType workspace_department
WorkspaceDepartmentUpdateRequest workspace_department_update_request
WorkspaceDirectoryMember workspace_directory_member
WorkspaceDirectoryMemberEffectiveRole workspace_directory_member
WorkspaceDirectoryMemberRoleOverride workspace_directory_member
WorkspaceDirectoryMemberStatus workspace_directory_member
WorkspaceDirectoryMemberUpdateRequest workspace_directory_member_update_request
WorkspaceDirectoryMemberUpdateRequestAccessRole workspace_directory_member_update_request
WorkspaceDirectoryMemberUpdateRequestDepartmentMode workspace_directory_member_update_request
WorkspaceDirectoryMemberUpdateRequestDepartmentPosition workspace_directory_member_update_request
WorkspaceDirectoryResponse workspace_directory_response
WorkspaceDirectoryResponseData workspace_directory_response
WorkspaceGroupMapping workspace_group_mapping
WorkspaceGroupMappingAccessRole workspace_group_mapping
WorkspaceGroupMappingCreateRequest workspace_group_mapping_create_request
WorkspaceGroupMappingCreateRequestAccessRole workspace_group_mapping_create_request
WorkspaceGroupMappingCreateRequestDepartmentPosition workspace_group_mapping_create_request
WorkspaceGroupMappingDepartmentPosition workspace_group_mapping
WorkspaceGroupMappingListResponse workspace_group_mapping_list_response
WorkspaceGroupMappingResponse workspace_group_mapping_response
WorkspaceGroupMappingUpdateRequest workspace_group_mapping_update_request
WorkspaceGroupMappingUpdateRequestAccessRole workspace_group_mapping_update_request
WorkspaceGroupMappingUpdateRequestDepartmentPosition workspace_group_mapping_update_request
WorkspaceInvite workspace_invite
WorkspaceInviteCreateRequest workspace_invite_create_request
WorkspaceInviteCreateResponse workspace_invite_create_response
WorkspaceInviteListResponse workspace_invite_list_response
WorkspaceJoinRequest workspace_join_request
WorkspaceJoinRequestListResponse workspace_join_request_list_response
WorkspaceJoinRequestResponse workspace_join_request_response
WorkspaceJoinRequestStatus workspace_join_request_status
WorkspaceListResponse workspace_list_response
WorkspaceLowBalanceEmailSettings workspace_low_balance_email_settings
WorkspaceLowBalanceEmailUpdate workspace_low_balance_email_update
WorkspaceMember workspace_member
WorkspaceMemberAddResponse workspace_member_add_response
WorkspaceMemberBulkRequest workspace_member_bulk_request
WorkspaceMemberListResponse workspace_member_list_response
WorkspaceMemberRemoveRequest workspace_member_remove_request
WorkspaceMemberRemoveResponse workspace_member_remove_response
WorkspaceMemberResponse workspace_member_response
WorkspaceMemberRoleUpdateRequest workspace_member_role_update_request
WorkspaceNotificationDestination workspace_notification_destination
WorkspaceNotificationDestinationCreateRequest workspace_notification_destination_create_request
WorkspaceNotificationDestinationListResponse workspace_notification_destination_list_response
WorkspaceNotificationDestinationResponse workspace_notification_destination_response
WorkspaceNotificationDestinationStatus workspace_notification_destination
WorkspaceNotificationDestinationTestRequest workspace_notification_destination_test_request
WorkspaceNotificationDestinationType workspace_notification_destination_type
WorkspaceNotificationEmailPreferences workspace_notification_email_preferences
WorkspaceNotificationEmailPreferencesUpdate workspace_notification_email_preferences_update
WorkspaceNotificationEventKind workspace_notification_event_kind
WorkspaceNotificationRoute workspace_notification_route
WorkspaceNotificationRouteMap workspace_notification_route_map
WorkspaceNotificationRouteResponse workspace_notification_route_response
WorkspaceNotificationRouteUpdateRequest workspace_notification_route_update_request
WorkspaceNotificationRoutesResponse workspace_notification_routes_response
WorkspaceNotificationSettings workspace_notification_settings
WorkspaceNotificationSettingsResponse workspace_notification_settings_response
WorkspaceNotificationSettingsUpdateRequest workspace_notification_settings_update_request
WorkspaceNotificationTestResponse workspace_notification_test_response
WorkspaceNotificationTestResponseData workspace_notification_test_response
WorkspaceProviderRestrictionMode workspace_provider_restriction_mode
WorkspaceResponse workspace_response
WorkspaceRole workspace_role
WorkspaceRoutingMode workspace_routing_mode
WorkspaceScimAuditResponse workspace_scim_audit_response
WorkspaceScimEndpoint workspace_scim_endpoint
WorkspaceScimEndpointResponse workspace_scim_endpoint_response
WorkspaceScimEvent workspace_scim_event
WorkspaceScimResponse workspace_scim_response
WorkspaceScimResponseData workspace_scim_response
WorkspaceScimToken workspace_scim_token
WorkspaceScimTokenCreateRequest workspace_scim_token_create_request
WorkspaceScimTokenCreateResponse workspace_scim_token_create_response
WorkspaceScimTokenCreateResponseData workspace_scim_token_create_response
WorkspaceScimUpdateRequest workspace_scim_update_request
WorkspaceSettings workspace_settings
WorkspaceSettingsResponse workspace_settings_response
WorkspaceSettingsResponseHealingMode workspace_settings
WorkspaceSettingsUpdateRequest workspace_settings_update_request
WorkspaceSettingsUpdateRequestResponseHealingMode workspace_settings_update_request
WorkspaceSsoResponse workspace_sso_response
WorkspaceSsoSettings workspace_sso_settings
WorkspaceSsoSettingsMode workspace_sso_settings
WorkspaceSsoUpdateRequest workspace_sso_update_request
WorkspaceSsoUpdateRequestMode workspace_sso_update_request
WorkspaceUpdateRequest workspace_update_request
"""
_MODULES: dict[str, str] = {
    name: module for name, module in (line.split() for line in _INDEX.split("\n") if line)
}

# Only at run time: type checkers see the names imported above (`X as X`: re-exported), not a
# catch-all attribute.
if not TYPE_CHECKING:
    __all__ = list(_MODULES)

    def __getattr__(name: str) -> Any:
        if name in _MODULES:
            module = _import_module(f".{_MODULES[name]}", __name__)
        elif name == "BaseModel":  # the base of every model, which brings pydantic
            module = _import_module(".._base_model", __name__)
        else:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        value = getattr(module, name)
        globals()[name] = value
        return value

    def __dir__() -> list[str]:
        return sorted(set(globals()) | set(__all__))
