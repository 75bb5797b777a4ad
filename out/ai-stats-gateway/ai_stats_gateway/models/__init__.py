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
    from .anthropic_content_block import AnthropicContentBlock
    from .anthropic_content_block_source import AnthropicContentBlockSource
    from .anthropic_content_block_type import AnthropicContentBlockType
    from .anthropic_message import AnthropicMessage
    from .anthropic_message_role import AnthropicMessageRole
    from .anthropic_messages_request import AnthropicMessagesRequest
    from .anthropic_messages_request_system_variant1_item import (
        AnthropicMessagesRequestSystemVariant1Item,
    )
    from .anthropic_messages_request_system_variant1_item_type import (
        AnthropicMessagesRequestSystemVariant1ItemType,
    )
    from .anthropic_messages_response import AnthropicMessagesResponse
    from .anthropic_messages_response_role import AnthropicMessagesResponseRole
    from .anthropic_tool import AnthropicTool
    from .anthropic_usage import AnthropicUsage
    from .api_key import ApiKey
    from .api_key_create_request import ApiKeyCreateRequest
    from .api_key_create_request_limit_reset import ApiKeyCreateRequestLimitReset
    from .api_key_limit_bucket import ApiKeyLimitBucket
    from .api_key_limit_input_bucket import ApiKeyLimitInputBucket
    from .api_key_limit_input_windows import ApiKeyLimitInputWindows
    from .api_key_limit_reset import ApiKeyLimitReset
    from .api_key_limit_windows import ApiKeyLimitWindows
    from .api_key_list_response import ApiKeyListResponse
    from .api_key_response import ApiKeyResponse
    from .api_key_rotate_request import ApiKeyRotateRequest
    from .api_key_rotate_response import ApiKeyRotateResponse
    from .api_key_scope_value import ApiKeyScopeValue
    from .api_key_update_request import ApiKeyUpdateRequest
    from .api_key_update_request_limit_reset import ApiKeyUpdateRequestLimitReset
    from .api_key_usage_bucket import ApiKeyUsageBucket
    from .api_key_usage_windows import ApiKeyUsageWindows
    from .api_key_with_value import ApiKeyWithValue
    from .api_key_with_value_response import ApiKeyWithValueResponse
    from .async_job_web_socket_client_event import AsyncJobWebSocketClientEvent
    from .async_job_web_socket_client_event_type import AsyncJobWebSocketClientEventType
    from .async_job_web_socket_server_event import AsyncJobWebSocketServerEvent
    from .async_job_web_socket_server_event_data_variant2 import (
        AsyncJobWebSocketServerEventDataVariant2,
    )
    from .async_job_web_socket_server_event_data_variant2_kind import (
        AsyncJobWebSocketServerEventDataVariant2Kind,
    )
    from .async_job_web_socket_server_event_type import AsyncJobWebSocketServerEventType
    from .async_job_web_socket_upgrade_required_response import (
        AsyncJobWebSocketUpgradeRequiredResponse,
    )
    from .async_job_web_socket_upgrade_required_response_error import (
        AsyncJobWebSocketUpgradeRequiredResponseError,
    )
    from .async_webhook_delivery_attempt import AsyncWebhookDeliveryAttempt
    from .async_webhook_delivery_attempt_status import AsyncWebhookDeliveryAttemptStatus
    from .async_webhook_delivery_summary import AsyncWebhookDeliverySummary
    from .async_webhook_delivery_summary_last_attempt_status import (
        AsyncWebhookDeliverySummaryLastAttemptStatus,
    )
    from .async_webhook_public_state import AsyncWebhookPublicState
    from .audio_content_part import AudioContentPart
    from .audio_content_part_input_audio import AudioContentPartInputAudio
    from .audio_content_part_input_audio_format import AudioContentPartInputAudioFormat
    from .audio_content_part_type import AudioContentPartType
    from .audio_speech_request import AudioSpeechRequest
    from .audio_speech_request_format import AudioSpeechRequestFormat
    from .audio_transcription_request import AudioTranscriptionRequest
    from .audio_transcription_request_chunking_strategy_variant0 import (
        AudioTranscriptionRequestChunkingStrategyVariant0,
    )
    from .audio_transcription_request_chunking_strategy_variant1 import (
        AudioTranscriptionRequestChunkingStrategyVariant1,
    )
    from .audio_transcription_request_chunking_strategy_variant1_type import (
        AudioTranscriptionRequestChunkingStrategyVariant1Type,
    )
    from .audio_transcription_response import AudioTranscriptionResponse
    from .audio_translation_request import AudioTranslationRequest
    from .audio_translation_response import AudioTranslationResponse
    from .batch_billing_summary import BatchBillingSummary
    from .batch_billing_summary_state import BatchBillingSummaryState
    from .batch_request_counts import BatchRequestCounts
    from .batch_response import BatchResponse
    from .batch_response_lifecycle_status import BatchResponseLifecycleStatus
    from .batch_response_usage import BatchResponseUsage
    from .cache_control import CacheControl
    from .calculate_pricing_body import CalculatePricingBody
    from .calculate_pricing_response200 import CalculatePricingResponse200
    from .chat_audio_output_part import ChatAudioOutputPart
    from .chat_audio_output_part_audio_url import ChatAudioOutputPartAudioUrl
    from .chat_audio_output_part_format import ChatAudioOutputPartFormat
    from .chat_audio_output_part_type import ChatAudioOutputPartType
    from .chat_choice import ChatChoice
    from .chat_choice_finish_reason import ChatChoiceFinishReason
    from .chat_completions_request import ChatCompletionsRequest
    from .chat_completions_request_modalities_item import ChatCompletionsRequestModalitiesItem
    from .chat_completions_request_provider_variant0 import ChatCompletionsRequestProviderVariant0
    from .chat_completions_request_reasoning_effort import ChatCompletionsRequestReasoningEffort
    from .chat_completions_request_response_format_variant1 import (
        ChatCompletionsRequestResponseFormatVariant1,
    )
    from .chat_completions_request_service_tier import ChatCompletionsRequestServiceTier
    from .chat_completions_response import ChatCompletionsResponse
    from .chat_image_output_part import ChatImageOutputPart
    from .chat_image_output_part_image_url import ChatImageOutputPartImageUrl
    from .chat_image_output_part_type import ChatImageOutputPartType
    from .chat_message import ChatMessage
    from .chat_message_role import ChatMessageRole
    from .create_realtime_session_body import CreateRealtimeSessionBody
    from .create_realtime_session_body_source import CreateRealtimeSessionBodySource
    from .create_realtime_session_body_type import CreateRealtimeSessionBodyType
    from .credits_response import CreditsResponse
    from .credits_response_credits import CreditsResponseCredits
    from .data_contribution_categories import DataContributionCategories
    from .data_contribution_classifier import DataContributionClassifier
    from .data_contribution_classifier_create_request import DataContributionClassifierCreateRequest
    from .data_contribution_classifier_create_request_service_tier import (
        DataContributionClassifierCreateRequestServiceTier,
    )
    from .data_contribution_classifier_delete_response import (
        DataContributionClassifierDeleteResponse,
    )
    from .data_contribution_classifier_delete_response_data import (
        DataContributionClassifierDeleteResponseData,
    )
    from .data_contribution_classifier_input import DataContributionClassifierInput
    from .data_contribution_classifier_input_service_tier import (
        DataContributionClassifierInputServiceTier,
    )
    from .data_contribution_classifier_kind import DataContributionClassifierKind
    from .data_contribution_classifier_response import DataContributionClassifierResponse
    from .data_contribution_classifier_service_tier import DataContributionClassifierServiceTier
    from .data_contribution_classifier_update_request import DataContributionClassifierUpdateRequest
    from .data_contribution_consent_request import DataContributionConsentRequest
    from .data_contribution_consent_response import DataContributionConsentResponse
    from .data_contribution_consent_response_data import DataContributionConsentResponseData
    from .data_contribution_overview_response import DataContributionOverviewResponse
    from .data_contribution_overview_response_data import DataContributionOverviewResponseData
    from .data_contribution_overview_response_data_last30_days import (
        DataContributionOverviewResponseDataLast30Days,
    )
    from .data_model import DataModel
    from .data_model_organisation import DataModelOrganisation
    from .debug_options import DebugOptions
    from .debug_options_trace_level import DebugOptionsTraceLevel
    from .deleted_response import DeletedResponse
    from .dynamic_route import DynamicRoute
    from .dynamic_route_action import DynamicRouteAction
    from .dynamic_route_condition import DynamicRouteCondition
    from .dynamic_route_condition_field import DynamicRouteConditionField
    from .dynamic_route_condition_operator import DynamicRouteConditionOperator
    from .dynamic_route_config import DynamicRouteConfig
    from .dynamic_route_config_schema_version import DynamicRouteConfigSchemaVersion
    from .dynamic_route_create_request import DynamicRouteCreateRequest
    from .dynamic_route_create_request_status import DynamicRouteCreateRequestStatus
    from .dynamic_route_delete_response import DynamicRouteDeleteResponse
    from .dynamic_route_delete_response_data import DynamicRouteDeleteResponseData
    from .dynamic_route_deploy_response import DynamicRouteDeployResponse
    from .dynamic_route_deploy_response_data import DynamicRouteDeployResponseData
    from .dynamic_route_edge import DynamicRouteEdge
    from .dynamic_route_keys_response import DynamicRouteKeysResponse
    from .dynamic_route_keys_response_data import DynamicRouteKeysResponseData
    from .dynamic_route_keys_update_request import DynamicRouteKeysUpdateRequest
    from .dynamic_route_list_response import DynamicRouteListResponse
    from .dynamic_route_node import DynamicRouteNode
    from .dynamic_route_node_position import DynamicRouteNodePosition
    from .dynamic_route_node_type import DynamicRouteNodeType
    from .dynamic_route_response import DynamicRouteResponse
    from .dynamic_route_rule import DynamicRouteRule
    from .dynamic_route_status import DynamicRouteStatus
    from .dynamic_route_update_request import DynamicRouteUpdateRequest
    from .dynamic_route_update_request_status import DynamicRouteUpdateRequestStatus
    from .dynamic_route_version import DynamicRouteVersion
    from .dynamic_route_version_status import DynamicRouteVersionStatus
    from .embedding import Embedding
    from .embeddings_multimodal_input import EmbeddingsMultimodalInput
    from .embeddings_multimodal_input_content_item_variant0 import (
        EmbeddingsMultimodalInputContentItemVariant0,
    )
    from .embeddings_multimodal_input_content_item_variant0_type import (
        EmbeddingsMultimodalInputContentItemVariant0Type,
    )
    from .embeddings_multimodal_input_content_item_variant1 import (
        EmbeddingsMultimodalInputContentItemVariant1,
    )
    from .embeddings_multimodal_input_content_item_variant1_image_url import (
        EmbeddingsMultimodalInputContentItemVariant1ImageUrlVariant1,
    )
    from .embeddings_multimodal_input_content_item_variant1_type import (
        EmbeddingsMultimodalInputContentItemVariant1Type,
    )
    from .embeddings_multimodal_input_content_item_variant1_url_varian import (
        EmbeddingsMultimodalInputContentItemVariant1UrlVariant1,
    )
    from .embeddings_multimodal_input_content_item_variant2 import (
        EmbeddingsMultimodalInputContentItemVariant2,
    )
    from .embeddings_multimodal_input_content_item_variant2_input_audi import (
        EmbeddingsMultimodalInputContentItemVariant2InputAudio,
    )
    from .embeddings_multimodal_input_content_item_variant2_type import (
        EmbeddingsMultimodalInputContentItemVariant2Type,
    )
    from .embeddings_multimodal_input_content_item_variant3 import (
        EmbeddingsMultimodalInputContentItemVariant3,
    )
    from .embeddings_multimodal_input_content_item_variant3_type import (
        EmbeddingsMultimodalInputContentItemVariant3Type,
    )
    from .embeddings_multimodal_input_content_item_variant3_url_varian import (
        EmbeddingsMultimodalInputContentItemVariant3UrlVariant1,
    )
    from .embeddings_multimodal_input_content_item_variant3_video_url import (
        EmbeddingsMultimodalInputContentItemVariant3VideoUrlVariant1,
    )
    from .embeddings_request import EmbeddingsRequest
    from .embeddings_request_encoding_format import EmbeddingsRequestEncodingFormat
    from .embeddings_request_provider_options import EmbeddingsRequestProviderOptions
    from .embeddings_request_provider_options_google import EmbeddingsRequestProviderOptionsGoogle
    from .embeddings_request_provider_options_mistral import EmbeddingsRequestProviderOptionsMistral
    from .embeddings_request_provider_options_mistral_output_dtype import (
        EmbeddingsRequestProviderOptionsMistralOutputDtype,
    )
    from .embeddings_response import EmbeddingsResponse
    from .endpoint_catalogue_entry import EndpointCatalogueEntry
    from .endpoint_catalogue_response import EndpointCatalogueResponse
    from .error_failure_sample_item import ErrorFailureSampleItem
    from .error_provider_candidate_diagnostics import ErrorProviderCandidateDiagnostics
    from .error_provider_candidate_diagnostics_dropped_missing_adapter import (
        ErrorProviderCandidateDiagnosticsDroppedMissingAdapterItem,
    )
    from .error_provider_enablement_diagnostics import ErrorProviderEnablementDiagnostics
    from .error_provider_enablement_diagnostics_dropped_item import (
        ErrorProviderEnablementDiagnosticsDroppedItem,
    )
    from .error_provider_failure_diagnostics import ErrorProviderFailureDiagnostics
    from .error_provider_failure_diagnostics_category import ErrorProviderFailureDiagnosticsCategory
    from .error_response import ErrorResponse
    from .error_response_error_origin import ErrorResponseErrorOrigin
    from .error_response_error_type import ErrorResponseErrorType
    from .error_routing_diagnostics import ErrorRoutingDiagnostics
    from .error_routing_diagnostics_filter_stages_item import (
        ErrorRoutingDiagnosticsFilterStagesItem,
    )
    from .error_routing_diagnostics_filter_stages_item_dropped_provide import (
        ErrorRoutingDiagnosticsFilterStagesItemDroppedProvidersItem,
    )
    from .error_upstream_error import ErrorUpstreamError
    from .file_response import FileResponse
    from .file_upload_request import FileUploadRequest
    from .finalize_realtime_session_body import FinalizeRealtimeSessionBody
    from .finalize_realtime_session_body_status import FinalizeRealtimeSessionBodyStatus
    from .function_tool_definition import FunctionToolDefinition
    from .function_tool_definition_function import FunctionToolDefinitionFunction
    from .function_tool_definition_type import FunctionToolDefinitionType
    from .fusion_tool_definition import FusionToolDefinition
    from .fusion_tool_definition_parameters import FusionToolDefinitionParameters
    from .fusion_tool_definition_type import FusionToolDefinitionType
    from .gateway_capabilities import GatewayCapabilities
    from .gateway_capability_status import GatewayCapabilityStatus
    from .gateway_datetime_tool_definition import GatewayDatetimeToolDefinition
    from .gateway_datetime_tool_definition_parameters import GatewayDatetimeToolDefinitionParameters
    from .gateway_datetime_tool_definition_type import GatewayDatetimeToolDefinitionType
    from .gateway_feedback import GatewayFeedback
    from .gateway_feedback_create_request import GatewayFeedbackCreateRequest
    from .gateway_feedback_create_request_source import GatewayFeedbackCreateRequestSource
    from .gateway_feedback_list_response import GatewayFeedbackListResponse
    from .gateway_feedback_response import GatewayFeedbackResponse
    from .gateway_feedback_source import GatewayFeedbackSource
    from .gateway_feedback_summary_response import GatewayFeedbackSummaryResponse
    from .gateway_feedback_summary_response_group_by import GatewayFeedbackSummaryResponseGroupBy
    from .gateway_feedback_summary_row import GatewayFeedbackSummaryRow
    from .gateway_modalities import GatewayModalities
    from .gateway_model_lifecycle import GatewayModelLifecycle
    from .gateway_model_lifecycle_status import GatewayModelLifecycleStatus
    from .gateway_model_limits import GatewayModelLimits
    from .gateway_model_offer import GatewayModelOffer
    from .gateway_model_offer_effective import GatewayModelOfferEffective
    from .gateway_model_offer_provider import GatewayModelOfferProvider
    from .gateway_model_offer_routing import GatewayModelOfferRouting
    from .gateway_model_offer_status import GatewayModelOfferStatus
    from .gateway_model_organization import GatewayModelOrganization
    from .gateway_models_response import GatewayModelsResponse
    from .gateway_models_response_availability_mode import GatewayModelsResponseAvailabilityMode
    from .gateway_observability_event import GatewayObservabilityEvent
    from .gateway_observability_event_category import GatewayObservabilityEventCategory
    from .gateway_observability_event_create_request import GatewayObservabilityEventCreateRequest
    from .gateway_observability_event_create_request_category import (
        GatewayObservabilityEventCreateRequestCategory,
    )
    from .gateway_observability_event_create_request_source import (
        GatewayObservabilityEventCreateRequestSource,
    )
    from .gateway_observability_event_list_response import GatewayObservabilityEventListResponse
    from .gateway_observability_event_response import GatewayObservabilityEventResponse
    from .gateway_observability_event_source import GatewayObservabilityEventSource
    from .gateway_pricing import GatewayPricing
    from .gateway_pricing_meter import GatewayPricingMeter
    from .gateway_pricing_meter_currency import GatewayPricingMeterCurrency
    from .gateway_pricing_pricing_plan import GatewayPricingPricingPlan
    from .gateway_provider_availability_reason import GatewayProviderAvailabilityReason
    from .gateway_request_log import GatewayRequestLog
    from .gateway_request_log_list_response import GatewayRequestLogListResponse
    from .gateway_request_log_response import GatewayRequestLogResponse
    from .gateway_routing_status import GatewayRoutingStatus
    from .gateway_web_fetch_tool_definition import GatewayWebFetchToolDefinition
    from .gateway_web_fetch_tool_definition_parameters import (
        GatewayWebFetchToolDefinitionParameters,
    )
    from .gateway_web_fetch_tool_definition_type import GatewayWebFetchToolDefinitionType
    from .gateway_web_search_tool_definition import GatewayWebSearchToolDefinition
    from .gateway_web_search_tool_definition_parameters import (
        GatewayWebSearchToolDefinitionParameters,
    )
    from .gateway_web_search_tool_definition_type import GatewayWebSearchToolDefinitionType
    from .generation_response import GenerationResponse
    from .generation_response_usage import GenerationResponseUsage
    from .get_generation_response401 import GetGenerationResponse401
    from .get_generation_response404 import GetGenerationResponse404
    from .get_health_response200 import GetHealthResponse200
    from .guardrail import Guardrail
    from .guardrail_budget_input import GuardrailBudgetInput
    from .guardrail_create_request import GuardrailCreateRequest
    from .guardrail_delete_response import GuardrailDeleteResponse
    from .guardrail_detail_response import GuardrailDetailResponse
    from .guardrail_detail_response_data import GuardrailDetailResponseData
    from .guardrail_detail_response_data_model_restriction_mode import (
        GuardrailDetailResponseDataModelRestrictionMode,
    )
    from .guardrail_detail_response_data_prompt_injection_action import (
        GuardrailDetailResponseDataPromptInjectionAction,
    )
    from .guardrail_detail_response_data_provider_restriction_mode import (
        GuardrailDetailResponseDataProviderRestrictionMode,
    )
    from .guardrail_detail_response_data_sensitive_info_default_action import (
        GuardrailDetailResponseDataSensitiveInfoDefaultAction,
    )
    from .guardrail_key_add_response import GuardrailKeyAddResponse
    from .guardrail_key_assignment import GuardrailKeyAssignment
    from .guardrail_key_ids_replace_request import GuardrailKeyIdsReplaceRequest
    from .guardrail_key_ids_request import GuardrailKeyIdsRequest
    from .guardrail_key_list_response import GuardrailKeyListResponse
    from .guardrail_key_set_response import GuardrailKeySetResponse
    from .guardrail_key_set_response_data import GuardrailKeySetResponseData
    from .guardrail_list_response import GuardrailListResponse
    from .guardrail_member_add_response import GuardrailMemberAddResponse
    from .guardrail_member_assignment import GuardrailMemberAssignment
    from .guardrail_member_list_response import GuardrailMemberListResponse
    from .guardrail_model_restriction_mode import GuardrailModelRestrictionMode
    from .guardrail_policy_input import GuardrailPolicyInput
    from .guardrail_policy_input_model_restriction_mode import (
        GuardrailPolicyInputModelRestrictionMode,
    )
    from .guardrail_policy_input_prompt_injection_action import (
        GuardrailPolicyInputPromptInjectionAction,
    )
    from .guardrail_policy_input_provider_restriction_mode import (
        GuardrailPolicyInputProviderRestrictionMode,
    )
    from .guardrail_policy_input_sensitive_info_default_action import (
        GuardrailPolicyInputSensitiveInfoDefaultAction,
    )
    from .guardrail_prompt_injection_action import GuardrailPromptInjectionAction
    from .guardrail_provider_restriction_mode import GuardrailProviderRestrictionMode
    from .guardrail_remove_response import GuardrailRemoveResponse
    from .guardrail_response import GuardrailResponse
    from .guardrail_sensitive_info_default_action import GuardrailSensitiveInfoDefaultAction
    from .guardrail_update_request import GuardrailUpdateRequest
    from .guardrail_user_ids_request import GuardrailUserIdsRequest
    from .image import Image
    from .image_config import ImageConfig
    from .image_config_font_inputs_item import ImageConfigFontInputsItem
    from .image_config_image_size import ImageConfigImageSize
    from .image_content_part import ImageContentPart
    from .image_content_part_image_url import ImageContentPartImageUrl
    from .image_content_part_type import ImageContentPartType
    from .image_moderation_input import ImageModerationInput
    from .image_moderation_input_image_url import ImageModerationInputImageUrl
    from .image_moderation_input_type import ImageModerationInputType
    from .images_edit_request import ImagesEditRequest
    from .images_edit_response import ImagesEditResponse
    from .images_generation_request import ImagesGenerationRequest
    from .images_generation_response import ImagesGenerationResponse
    from .invalid_request_response import InvalidRequestResponse
    from .key_invalidate_response import KeyInvalidateResponse
    from .key_invalidate_response_key import KeyInvalidateResponseKey
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
    from .management_key_runtime import ManagementKeyRuntime
    from .management_key_runtime_create_request import ManagementKeyRuntimeCreateRequest
    from .management_key_runtime_create_request_template import (
        ManagementKeyRuntimeCreateRequestTemplate,
    )
    from .management_key_runtime_create_response import ManagementKeyRuntimeCreateResponse
    from .management_key_runtime_created import ManagementKeyRuntimeCreated
    from .management_key_runtime_created_status import ManagementKeyRuntimeCreatedStatus
    from .management_key_runtime_delete_response import ManagementKeyRuntimeDeleteResponse
    from .management_key_runtime_response import ManagementKeyRuntimeResponse
    from .management_key_runtime_status import ManagementKeyRuntimeStatus
    from .management_key_runtime_update_request import ManagementKeyRuntimeUpdateRequest
    from .management_key_runtime_update_request_template import (
        ManagementKeyRuntimeUpdateRequestTemplate,
    )
    from .message_content_part import MessageContentPart
    from .model import Model
    from .model_availability import ModelAvailability
    from .model_availability_status import ModelAvailabilityStatus
    from .model_endpoint_capability import ModelEndpointCapability
    from .model_endpoint_capability_collection import ModelEndpointCapabilityCollection
    from .model_endpoint_capability_effective import ModelEndpointCapabilityEffective
    from .model_endpoint_capability_provider import ModelEndpointCapabilityProvider
    from .model_endpoint_capability_routing import ModelEndpointCapabilityRouting
    from .model_endpoint_capability_status import ModelEndpointCapabilityStatus
    from .model_endpoints_response import ModelEndpointsResponse
    from .model_endpoints_response_availability_mode import ModelEndpointsResponseAvailabilityMode
    from .model_id import ModelId
    from .model_lifecycle import ModelLifecycle
    from .model_lifecycle_status import ModelLifecycleStatus
    from .model_variants_value import ModelVariantsValue
    from .moderation_categories import ModerationCategories
    from .moderation_category_scores import ModerationCategoryScores
    from .moderation_result import ModerationResult
    from .moderations_request import ModerationsRequest
    from .moderations_response import ModerationsResponse
    from .moderations_response_meta import ModerationsResponseMeta
    from .music_generate_request import MusicGenerateRequest
    from .music_generate_request_elevenlabs import MusicGenerateRequestElevenlabs
    from .music_generate_request_format import MusicGenerateRequestFormat
    from .music_generate_request_suno import MusicGenerateRequestSuno
    from .music_generate_request_suno_vocal_gender import MusicGenerateRequestSunoVocalGender
    from .music_generate_response import MusicGenerateResponse
    from .music_generate_response_object import MusicGenerateResponseObject
    from .music_generate_response_status import MusicGenerateResponseStatus
    from .o_auth_client import OAuthClient
    from .o_auth_client_client_type import OAuthClientClientType
    from .o_auth_client_create_request import OAuthClientCreateRequest
    from .o_auth_client_create_request_client_type import OAuthClientCreateRequestClientType
    from .o_auth_client_create_response import OAuthClientCreateResponse
    from .o_auth_client_delete_response import OAuthClientDeleteResponse
    from .o_auth_client_input import OAuthClientInput
    from .o_auth_client_list_response import OAuthClientListResponse
    from .o_auth_client_list_response_pagination import OAuthClientListResponsePagination
    from .o_auth_client_secret_response import OAuthClientSecretResponse
    from .o_auth_client_update_request import OAuthClientUpdateRequest
    from .observability_destination import ObservabilityDestination
    from .observability_destination_create_request import ObservabilityDestinationCreateRequest
    from .observability_destination_group_join import ObservabilityDestinationGroupJoin
    from .observability_destination_list_response import ObservabilityDestinationListResponse
    from .observability_destination_policy_input import ObservabilityDestinationPolicyInput
    from .observability_destination_policy_input_group_join import (
        ObservabilityDestinationPolicyInputGroupJoin,
    )
    from .observability_destination_response import ObservabilityDestinationResponse
    from .observability_destination_type import ObservabilityDestinationType
    from .observability_destination_update_request import ObservabilityDestinationUpdateRequest
    from .observability_key_filter import ObservabilityKeyFilter
    from .observability_key_filter_mode import ObservabilityKeyFilterMode
    from .observability_logging_policy import ObservabilityLoggingPolicy
    from .observability_logging_policy_billing_status import ObservabilityLoggingPolicyBillingStatus
    from .observability_logging_policy_response import ObservabilityLoggingPolicyResponse
    from .observability_logging_policy_update_request import ObservabilityLoggingPolicyUpdateRequest
    from .observability_rule import ObservabilityRule
    from .observability_rule_condition import ObservabilityRuleCondition
    from .observability_rule_field import ObservabilityRuleField
    from .observability_rule_group import ObservabilityRuleGroup
    from .observability_rule_group_match import ObservabilityRuleGroupMatch
    from .ocr_request import OcrRequest
    from .ocr_response import OcrResponse
    from .open_async_job_web_socket_kind import OpenAsyncJobWebSocketKind
    from .organisation_id import OrganisationId
    from .parse_block import ParseBlock
    from .parse_block_variant0 import ParseBlockVariant0
    from .parse_block_variant0_text import ParseBlockVariant0Text
    from .parse_block_variant0_type import ParseBlockVariant0Type
    from .parse_block_variant1 import ParseBlockVariant1
    from .parse_block_variant1_type import ParseBlockVariant1Type
    from .parse_block_variant2 import ParseBlockVariant2
    from .parse_block_variant2_table import ParseBlockVariant2Table
    from .parse_block_variant2_table_type import ParseBlockVariant2TableType
    from .parse_block_variant2_type import ParseBlockVariant2Type
    from .parse_bounding_box import ParseBoundingBox
    from .parse_image import ParseImage
    from .parse_image_category import ParseImageCategory
    from .parse_page import ParsePage
    from .parse_page_variant0 import ParsePageVariant0
    from .parse_page_variant0_markdown import ParsePageVariant0Markdown
    from .parse_page_variant0_type import ParsePageVariant0Type
    from .parse_page_variant1 import ParsePageVariant1
    from .parse_page_variant1_type import ParsePageVariant1Type
    from .parse_request import ParseRequest
    from .parse_request_document import ParseRequestDocument
    from .parse_request_document_type import ParseRequestDocumentType
    from .parse_request_output_format import ParseRequestOutputFormat
    from .parse_response import ParseResponse
    from .parse_response_object import ParseResponseObject
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
    from .preset_test_run import PresetTestRun
    from .preset_test_run_create_request import PresetTestRunCreateRequest
    from .preset_test_run_create_request_status import PresetTestRunCreateRequestStatus
    from .preset_test_run_detail_response import PresetTestRunDetailResponse
    from .preset_test_run_list_response import PresetTestRunListResponse
    from .preset_test_run_response import PresetTestRunResponse
    from .preset_test_run_status import PresetTestRunStatus
    from .preset_test_run_update_request import PresetTestRunUpdateRequest
    from .preset_test_run_update_request_status import PresetTestRunUpdateRequestStatus
    from .preset_update_request import PresetUpdateRequest
    from .preset_upstream_apply_request import PresetUpstreamApplyRequest
    from .preset_upstream_apply_response import PresetUpstreamApplyResponse
    from .preset_upstream_apply_response_data import PresetUpstreamApplyResponseData
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
    from .provider_options import ProviderOptions
    from .provider_options_anthropic import ProviderOptionsAnthropic
    from .provider_options_google import ProviderOptionsGoogle
    from .provider_options_openai import ProviderOptionsOpenai
    from .provider_options_openai_context_management import ProviderOptionsOpenaiContextManagement
    from .provider_options_openai_context_management_type import (
        ProviderOptionsOpenaiContextManagementType,
    )
    from .provider_routing_options import ProviderRoutingOptions
    from .provider_routing_options_data_collection import ProviderRoutingOptionsDataCollection
    from .provider_routing_options_max_price import ProviderRoutingOptionsMaxPrice
    from .reasoning_config import ReasoningConfig
    from .reasoning_config_effort import ReasoningConfigEffort
    from .reasoning_config_mode import ReasoningConfigMode
    from .reasoning_config_summary import ReasoningConfigSummary
    from .rerank_document import RerankDocument
    from .rerank_request import RerankRequest
    from .rerank_response import RerankResponse
    from .rerank_result import RerankResult
    from .responses_input_item import ResponsesInputItem
    from .responses_input_item_role import ResponsesInputItemRole
    from .responses_output_audio_part import ResponsesOutputAudioPart
    from .responses_output_audio_part_audio_url import ResponsesOutputAudioPartAudioUrl
    from .responses_output_audio_part_format import ResponsesOutputAudioPartFormat
    from .responses_output_audio_part_type import ResponsesOutputAudioPartType
    from .responses_output_content_part import ResponsesOutputContentPart
    from .responses_output_image_part import ResponsesOutputImagePart
    from .responses_output_image_part_image_url import ResponsesOutputImagePartImageUrl
    from .responses_output_image_part_type import ResponsesOutputImagePartType
    from .responses_output_item import ResponsesOutputItem
    from .responses_output_text_part import ResponsesOutputTextPart
    from .responses_output_text_part_type import ResponsesOutputTextPartType
    from .responses_request import ResponsesRequest
    from .responses_request_modalities_item import ResponsesRequestModalitiesItem
    from .responses_request_service_tier import ResponsesRequestServiceTier
    from .responses_request_truncation import ResponsesRequestTruncation
    from .responses_response import ResponsesResponse
    from .responses_response_status import ResponsesResponseStatus
    from .search_models_tool_definition import SearchModelsToolDefinition
    from .search_models_tool_definition_parameters import SearchModelsToolDefinitionParameters
    from .search_models_tool_definition_type import SearchModelsToolDefinitionType
    from .server_tool_usage import ServerToolUsage
    from .subagent_tool_definition import SubagentToolDefinition
    from .subagent_tool_definition_type import SubagentToolDefinitionType
    from .summarize_gateway_feedback_group_by import SummarizeGatewayFeedbackGroupBy
    from .supported_parameter_details import SupportedParameterDetails
    from .text_content_part import TextContentPart
    from .text_content_part_type import TextContentPartType
    from .text_generate_tool import TextGenerateTool
    from .text_moderation_input import TextModerationInput
    from .text_moderation_input_type import TextModerationInputType
    from .text_tool_choice import TextToolChoice
    from .text_tool_choice_variant0 import TextToolChoiceVariant0
    from .tool_call import ToolCall
    from .tool_call_content_part import ToolCallContentPart
    from .tool_call_content_part_function import ToolCallContentPartFunction
    from .tool_call_content_part_type import ToolCallContentPartType
    from .tool_call_function import ToolCallFunction
    from .tool_call_type import ToolCallType
    from .updated_response import UpdatedResponse
    from .updated_response_data import UpdatedResponseData
    from .upload_file_provider import UploadFileProvider
    from .usage import Usage
    from .video_billing_summary import VideoBillingSummary
    from .video_billing_summary_state import VideoBillingSummaryState
    from .video_content_part import VideoContentPart
    from .video_content_part_type import VideoContentPartType
    from .video_generation_response import VideoGenerationResponse
    from .video_generation_response_asset import VideoGenerationResponseAsset
    from .video_generation_response_lifecycle_status import VideoGenerationResponseLifecycleStatus
    from .video_generation_response_output_access import VideoGenerationResponseOutputAccess
    from .video_generation_response_status import VideoGenerationResponseStatus
    from .video_generation_response_usage import VideoGenerationResponseUsage
    from .video_output import VideoOutput
    from .webhook_endpoint import WebhookEndpoint
    from .webhook_endpoint_create_request import WebhookEndpointCreateRequest
    from .webhook_endpoint_delete_response import WebhookEndpointDeleteResponse
    from .webhook_endpoint_delete_response_object import WebhookEndpointDeleteResponseObject
    from .webhook_endpoint_list_response import WebhookEndpointListResponse
    from .webhook_endpoint_list_response_object import WebhookEndpointListResponseObject
    from .webhook_endpoint_secret_response import WebhookEndpointSecretResponse
    from .webhook_endpoint_secret_response_status import WebhookEndpointSecretResponseStatus
    from .webhook_endpoint_status import WebhookEndpointStatus
    from .webhook_endpoint_update_request import WebhookEndpointUpdateRequest
    from .webhook_endpoint_update_request_status import WebhookEndpointUpdateRequestStatus
    from .workspace import Workspace
    from .workspace_activity_entry import WorkspaceActivityEntry
    from .workspace_activity_response import WorkspaceActivityResponse
    from .workspace_app import WorkspaceApp
    from .workspace_app_list_response import WorkspaceAppListResponse
    from .workspace_app_merge_request import WorkspaceAppMergeRequest
    from .workspace_app_merge_response import WorkspaceAppMergeResponse
    from .workspace_app_merge_response_data import WorkspaceAppMergeResponseData
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
    from .workspace_budget_delete_response import WorkspaceBudgetDeleteResponse
    from .workspace_budget_delete_response_data import WorkspaceBudgetDeleteResponseData
    from .workspace_budget_input import WorkspaceBudgetInput
    from .workspace_budget_interval import WorkspaceBudgetInterval
    from .workspace_budget_list_response import WorkspaceBudgetListResponse
    from .workspace_budget_response import WorkspaceBudgetResponse
    from .workspace_budget_update_input import WorkspaceBudgetUpdateInput
    from .workspace_create_request import WorkspaceCreateRequest
    from .workspace_department import WorkspaceDepartment
    from .workspace_department_create_request import WorkspaceDepartmentCreateRequest
    from .workspace_department_input import WorkspaceDepartmentInput
    from .workspace_department_input_color import WorkspaceDepartmentInputColor
    from .workspace_department_input_icon import WorkspaceDepartmentInputIcon
    from .workspace_department_list_response import WorkspaceDepartmentListResponse
    from .workspace_department_member import WorkspaceDepartmentMember
    from .workspace_department_member_position import WorkspaceDepartmentMemberPosition
    from .workspace_department_member_request import WorkspaceDepartmentMemberRequest
    from .workspace_department_member_request_position import (
        WorkspaceDepartmentMemberRequestPosition,
    )
    from .workspace_department_member_response import WorkspaceDepartmentMemberResponse
    from .workspace_department_response import WorkspaceDepartmentResponse
    from .workspace_department_source_type import WorkspaceDepartmentSourceType
    from .workspace_department_update_request import WorkspaceDepartmentUpdateRequest
    from .workspace_directory_member import WorkspaceDirectoryMember
    from .workspace_directory_member_effective_role import WorkspaceDirectoryMemberEffectiveRole
    from .workspace_directory_member_role_override import WorkspaceDirectoryMemberRoleOverride
    from .workspace_directory_member_status import WorkspaceDirectoryMemberStatus
    from .workspace_directory_member_update_request import WorkspaceDirectoryMemberUpdateRequest
    from .workspace_directory_member_update_request_access_role import (
        WorkspaceDirectoryMemberUpdateRequestAccessRole,
    )
    from .workspace_directory_member_update_request_department_mode import (
        WorkspaceDirectoryMemberUpdateRequestDepartmentMode,
    )
    from .workspace_directory_member_update_request_department_positio import (
        WorkspaceDirectoryMemberUpdateRequestDepartmentPosition,
    )
    from .workspace_directory_response import WorkspaceDirectoryResponse
    from .workspace_directory_response_data import WorkspaceDirectoryResponseData
    from .workspace_group_mapping import WorkspaceGroupMapping
    from .workspace_group_mapping_access_role import WorkspaceGroupMappingAccessRole
    from .workspace_group_mapping_create_request import WorkspaceGroupMappingCreateRequest
    from .workspace_group_mapping_create_request_access_role import (
        WorkspaceGroupMappingCreateRequestAccessRole,
    )
    from .workspace_group_mapping_create_request_department_position import (
        WorkspaceGroupMappingCreateRequestDepartmentPosition,
    )
    from .workspace_group_mapping_department_position import WorkspaceGroupMappingDepartmentPosition
    from .workspace_group_mapping_list_response import WorkspaceGroupMappingListResponse
    from .workspace_group_mapping_response import WorkspaceGroupMappingResponse
    from .workspace_group_mapping_update_request import WorkspaceGroupMappingUpdateRequest
    from .workspace_group_mapping_update_request_access_role import (
        WorkspaceGroupMappingUpdateRequestAccessRole,
    )
    from .workspace_group_mapping_update_request_department_position import (
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
    from .workspace_notification_destination import WorkspaceNotificationDestination
    from .workspace_notification_destination_create_request import (
        WorkspaceNotificationDestinationCreateRequest,
    )
    from .workspace_notification_destination_list_response import (
        WorkspaceNotificationDestinationListResponse,
    )
    from .workspace_notification_destination_response import (
        WorkspaceNotificationDestinationResponse,
    )
    from .workspace_notification_destination_status import WorkspaceNotificationDestinationStatus
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
    from .workspace_notification_test_response import WorkspaceNotificationTestResponse
    from .workspace_notification_test_response_data import WorkspaceNotificationTestResponseData
    from .workspace_provider_restriction_mode import WorkspaceProviderRestrictionMode
    from .workspace_response import WorkspaceResponse
    from .workspace_role import WorkspaceRole
    from .workspace_routing_mode import WorkspaceRoutingMode
    from .workspace_scim_audit_response import WorkspaceScimAuditResponse
    from .workspace_scim_endpoint import WorkspaceScimEndpoint
    from .workspace_scim_endpoint_response import WorkspaceScimEndpointResponse
    from .workspace_scim_event import WorkspaceScimEvent
    from .workspace_scim_response import WorkspaceScimResponse
    from .workspace_scim_response_data import WorkspaceScimResponseData
    from .workspace_scim_token import WorkspaceScimToken
    from .workspace_scim_token_create_request import WorkspaceScimTokenCreateRequest
    from .workspace_scim_token_create_response import WorkspaceScimTokenCreateResponse
    from .workspace_scim_token_create_response_data import WorkspaceScimTokenCreateResponseData
    from .workspace_scim_update_request import WorkspaceScimUpdateRequest
    from .workspace_settings import WorkspaceSettings
    from .workspace_settings_response import WorkspaceSettingsResponse
    from .workspace_settings_response_healing_mode import WorkspaceSettingsResponseHealingMode
    from .workspace_settings_update_request import WorkspaceSettingsUpdateRequest
    from .workspace_settings_update_request_response_healing_mode import (
        WorkspaceSettingsUpdateRequestResponseHealingMode,
    )
    from .workspace_sso_response import WorkspaceSsoResponse
    from .workspace_sso_settings import WorkspaceSsoSettings
    from .workspace_sso_settings_mode import WorkspaceSsoSettingsMode
    from .workspace_sso_update_request import WorkspaceSsoUpdateRequest
    from .workspace_sso_update_request_mode import WorkspaceSsoUpdateRequestMode
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
    "AnthropicContentBlockSource": "anthropic_content_block_source",
    "AnthropicContentBlockType": "anthropic_content_block_type",
    "AnthropicMessage": "anthropic_message",
    "AnthropicMessageRole": "anthropic_message_role",
    "AnthropicMessagesRequest": "anthropic_messages_request",
    "AnthropicMessagesRequestSystemVariant1Item": "anthropic_messages_request_system_variant1_item",
    "AnthropicMessagesRequestSystemVariant1ItemType": "anthropic_messages_request_system_variant1_item_type",
    "AnthropicMessagesResponse": "anthropic_messages_response",
    "AnthropicMessagesResponseRole": "anthropic_messages_response_role",
    "AnthropicTool": "anthropic_tool",
    "AnthropicUsage": "anthropic_usage",
    "ApiKey": "api_key",
    "ApiKeyCreateRequest": "api_key_create_request",
    "ApiKeyCreateRequestLimitReset": "api_key_create_request_limit_reset",
    "ApiKeyLimitBucket": "api_key_limit_bucket",
    "ApiKeyLimitInputBucket": "api_key_limit_input_bucket",
    "ApiKeyLimitInputWindows": "api_key_limit_input_windows",
    "ApiKeyLimitReset": "api_key_limit_reset",
    "ApiKeyLimitWindows": "api_key_limit_windows",
    "ApiKeyListResponse": "api_key_list_response",
    "ApiKeyResponse": "api_key_response",
    "ApiKeyRotateRequest": "api_key_rotate_request",
    "ApiKeyRotateResponse": "api_key_rotate_response",
    "ApiKeyScopeValue": "api_key_scope_value",
    "ApiKeyUpdateRequest": "api_key_update_request",
    "ApiKeyUpdateRequestLimitReset": "api_key_update_request_limit_reset",
    "ApiKeyUsageBucket": "api_key_usage_bucket",
    "ApiKeyUsageWindows": "api_key_usage_windows",
    "ApiKeyWithValue": "api_key_with_value",
    "ApiKeyWithValueResponse": "api_key_with_value_response",
    "AsyncJobWebSocketClientEvent": "async_job_web_socket_client_event",
    "AsyncJobWebSocketClientEventType": "async_job_web_socket_client_event_type",
    "AsyncJobWebSocketServerEvent": "async_job_web_socket_server_event",
    "AsyncJobWebSocketServerEventDataVariant2": "async_job_web_socket_server_event_data_variant2",
    "AsyncJobWebSocketServerEventDataVariant2Kind": "async_job_web_socket_server_event_data_variant2_kind",
    "AsyncJobWebSocketServerEventType": "async_job_web_socket_server_event_type",
    "AsyncJobWebSocketUpgradeRequiredResponse": "async_job_web_socket_upgrade_required_response",
    "AsyncJobWebSocketUpgradeRequiredResponseError": "async_job_web_socket_upgrade_required_response_error",
    "AsyncWebhookDeliveryAttempt": "async_webhook_delivery_attempt",
    "AsyncWebhookDeliveryAttemptStatus": "async_webhook_delivery_attempt_status",
    "AsyncWebhookDeliverySummary": "async_webhook_delivery_summary",
    "AsyncWebhookDeliverySummaryLastAttemptStatus": "async_webhook_delivery_summary_last_attempt_status",
    "AsyncWebhookPublicState": "async_webhook_public_state",
    "AudioContentPart": "audio_content_part",
    "AudioContentPartInputAudio": "audio_content_part_input_audio",
    "AudioContentPartInputAudioFormat": "audio_content_part_input_audio_format",
    "AudioContentPartType": "audio_content_part_type",
    "AudioSpeechRequest": "audio_speech_request",
    "AudioSpeechRequestFormat": "audio_speech_request_format",
    "AudioTranscriptionRequest": "audio_transcription_request",
    "AudioTranscriptionRequestChunkingStrategyVariant0": "audio_transcription_request_chunking_strategy_variant0",
    "AudioTranscriptionRequestChunkingStrategyVariant1": "audio_transcription_request_chunking_strategy_variant1",
    "AudioTranscriptionRequestChunkingStrategyVariant1Type": "audio_transcription_request_chunking_strategy_variant1_type",
    "AudioTranscriptionResponse": "audio_transcription_response",
    "AudioTranslationRequest": "audio_translation_request",
    "AudioTranslationResponse": "audio_translation_response",
    "BatchBillingSummary": "batch_billing_summary",
    "BatchBillingSummaryState": "batch_billing_summary_state",
    "BatchRequestCounts": "batch_request_counts",
    "BatchResponse": "batch_response",
    "BatchResponseLifecycleStatus": "batch_response_lifecycle_status",
    "BatchResponseUsage": "batch_response_usage",
    "CacheControl": "cache_control",
    "CalculatePricingBody": "calculate_pricing_body",
    "CalculatePricingResponse200": "calculate_pricing_response200",
    "ChatAudioOutputPart": "chat_audio_output_part",
    "ChatAudioOutputPartAudioUrl": "chat_audio_output_part_audio_url",
    "ChatAudioOutputPartFormat": "chat_audio_output_part_format",
    "ChatAudioOutputPartType": "chat_audio_output_part_type",
    "ChatChoice": "chat_choice",
    "ChatChoiceFinishReason": "chat_choice_finish_reason",
    "ChatCompletionsRequest": "chat_completions_request",
    "ChatCompletionsRequestModalitiesItem": "chat_completions_request_modalities_item",
    "ChatCompletionsRequestProviderVariant0": "chat_completions_request_provider_variant0",
    "ChatCompletionsRequestReasoningEffort": "chat_completions_request_reasoning_effort",
    "ChatCompletionsRequestResponseFormatVariant1": "chat_completions_request_response_format_variant1",
    "ChatCompletionsRequestServiceTier": "chat_completions_request_service_tier",
    "ChatCompletionsResponse": "chat_completions_response",
    "ChatImageOutputPart": "chat_image_output_part",
    "ChatImageOutputPartImageUrl": "chat_image_output_part_image_url",
    "ChatImageOutputPartType": "chat_image_output_part_type",
    "ChatMessage": "chat_message",
    "ChatMessageRole": "chat_message_role",
    "CreateRealtimeSessionBody": "create_realtime_session_body",
    "CreateRealtimeSessionBodySource": "create_realtime_session_body_source",
    "CreateRealtimeSessionBodyType": "create_realtime_session_body_type",
    "CreditsResponse": "credits_response",
    "CreditsResponseCredits": "credits_response_credits",
    "DataContributionCategories": "data_contribution_categories",
    "DataContributionClassifier": "data_contribution_classifier",
    "DataContributionClassifierCreateRequest": "data_contribution_classifier_create_request",
    "DataContributionClassifierCreateRequestServiceTier": "data_contribution_classifier_create_request_service_tier",
    "DataContributionClassifierDeleteResponse": "data_contribution_classifier_delete_response",
    "DataContributionClassifierDeleteResponseData": "data_contribution_classifier_delete_response_data",
    "DataContributionClassifierInput": "data_contribution_classifier_input",
    "DataContributionClassifierInputServiceTier": "data_contribution_classifier_input_service_tier",
    "DataContributionClassifierKind": "data_contribution_classifier_kind",
    "DataContributionClassifierResponse": "data_contribution_classifier_response",
    "DataContributionClassifierServiceTier": "data_contribution_classifier_service_tier",
    "DataContributionClassifierUpdateRequest": "data_contribution_classifier_update_request",
    "DataContributionConsentRequest": "data_contribution_consent_request",
    "DataContributionConsentResponse": "data_contribution_consent_response",
    "DataContributionConsentResponseData": "data_contribution_consent_response_data",
    "DataContributionOverviewResponse": "data_contribution_overview_response",
    "DataContributionOverviewResponseData": "data_contribution_overview_response_data",
    "DataContributionOverviewResponseDataLast30Days": "data_contribution_overview_response_data_last30_days",
    "DataModel": "data_model",
    "DataModelOrganisation": "data_model_organisation",
    "DebugOptions": "debug_options",
    "DebugOptionsTraceLevel": "debug_options_trace_level",
    "DeletedResponse": "deleted_response",
    "DynamicRoute": "dynamic_route",
    "DynamicRouteAction": "dynamic_route_action",
    "DynamicRouteCondition": "dynamic_route_condition",
    "DynamicRouteConditionField": "dynamic_route_condition_field",
    "DynamicRouteConditionOperator": "dynamic_route_condition_operator",
    "DynamicRouteConfig": "dynamic_route_config",
    "DynamicRouteConfigSchemaVersion": "dynamic_route_config_schema_version",
    "DynamicRouteCreateRequest": "dynamic_route_create_request",
    "DynamicRouteCreateRequestStatus": "dynamic_route_create_request_status",
    "DynamicRouteDeleteResponse": "dynamic_route_delete_response",
    "DynamicRouteDeleteResponseData": "dynamic_route_delete_response_data",
    "DynamicRouteDeployResponse": "dynamic_route_deploy_response",
    "DynamicRouteDeployResponseData": "dynamic_route_deploy_response_data",
    "DynamicRouteEdge": "dynamic_route_edge",
    "DynamicRouteKeysResponse": "dynamic_route_keys_response",
    "DynamicRouteKeysResponseData": "dynamic_route_keys_response_data",
    "DynamicRouteKeysUpdateRequest": "dynamic_route_keys_update_request",
    "DynamicRouteListResponse": "dynamic_route_list_response",
    "DynamicRouteNode": "dynamic_route_node",
    "DynamicRouteNodePosition": "dynamic_route_node_position",
    "DynamicRouteNodeType": "dynamic_route_node_type",
    "DynamicRouteResponse": "dynamic_route_response",
    "DynamicRouteRule": "dynamic_route_rule",
    "DynamicRouteStatus": "dynamic_route_status",
    "DynamicRouteUpdateRequest": "dynamic_route_update_request",
    "DynamicRouteUpdateRequestStatus": "dynamic_route_update_request_status",
    "DynamicRouteVersion": "dynamic_route_version",
    "DynamicRouteVersionStatus": "dynamic_route_version_status",
    "Embedding": "embedding",
    "EmbeddingsMultimodalInput": "embeddings_multimodal_input",
    "EmbeddingsMultimodalInputContentItemVariant0": "embeddings_multimodal_input_content_item_variant0",
    "EmbeddingsMultimodalInputContentItemVariant0Type": "embeddings_multimodal_input_content_item_variant0_type",
    "EmbeddingsMultimodalInputContentItemVariant1": "embeddings_multimodal_input_content_item_variant1",
    "EmbeddingsMultimodalInputContentItemVariant1ImageUrlVariant1": "embeddings_multimodal_input_content_item_variant1_image_url",
    "EmbeddingsMultimodalInputContentItemVariant1Type": "embeddings_multimodal_input_content_item_variant1_type",
    "EmbeddingsMultimodalInputContentItemVariant1UrlVariant1": "embeddings_multimodal_input_content_item_variant1_url_varian",
    "EmbeddingsMultimodalInputContentItemVariant2": "embeddings_multimodal_input_content_item_variant2",
    "EmbeddingsMultimodalInputContentItemVariant2InputAudio": "embeddings_multimodal_input_content_item_variant2_input_audi",
    "EmbeddingsMultimodalInputContentItemVariant2Type": "embeddings_multimodal_input_content_item_variant2_type",
    "EmbeddingsMultimodalInputContentItemVariant3": "embeddings_multimodal_input_content_item_variant3",
    "EmbeddingsMultimodalInputContentItemVariant3Type": "embeddings_multimodal_input_content_item_variant3_type",
    "EmbeddingsMultimodalInputContentItemVariant3UrlVariant1": "embeddings_multimodal_input_content_item_variant3_url_varian",
    "EmbeddingsMultimodalInputContentItemVariant3VideoUrlVariant1": "embeddings_multimodal_input_content_item_variant3_video_url",
    "EmbeddingsRequest": "embeddings_request",
    "EmbeddingsRequestEncodingFormat": "embeddings_request_encoding_format",
    "EmbeddingsRequestProviderOptions": "embeddings_request_provider_options",
    "EmbeddingsRequestProviderOptionsGoogle": "embeddings_request_provider_options_google",
    "EmbeddingsRequestProviderOptionsMistral": "embeddings_request_provider_options_mistral",
    "EmbeddingsRequestProviderOptionsMistralOutputDtype": "embeddings_request_provider_options_mistral_output_dtype",
    "EmbeddingsResponse": "embeddings_response",
    "EndpointCatalogueEntry": "endpoint_catalogue_entry",
    "EndpointCatalogueResponse": "endpoint_catalogue_response",
    "ErrorFailureSampleItem": "error_failure_sample_item",
    "ErrorProviderCandidateDiagnostics": "error_provider_candidate_diagnostics",
    "ErrorProviderCandidateDiagnosticsDroppedMissingAdapterItem": "error_provider_candidate_diagnostics_dropped_missing_adapter",
    "ErrorProviderEnablementDiagnostics": "error_provider_enablement_diagnostics",
    "ErrorProviderEnablementDiagnosticsDroppedItem": "error_provider_enablement_diagnostics_dropped_item",
    "ErrorProviderFailureDiagnostics": "error_provider_failure_diagnostics",
    "ErrorProviderFailureDiagnosticsCategory": "error_provider_failure_diagnostics_category",
    "ErrorResponse": "error_response",
    "ErrorResponseErrorOrigin": "error_response_error_origin",
    "ErrorResponseErrorType": "error_response_error_type",
    "ErrorRoutingDiagnostics": "error_routing_diagnostics",
    "ErrorRoutingDiagnosticsFilterStagesItem": "error_routing_diagnostics_filter_stages_item",
    "ErrorRoutingDiagnosticsFilterStagesItemDroppedProvidersItem": "error_routing_diagnostics_filter_stages_item_dropped_provide",
    "ErrorUpstreamError": "error_upstream_error",
    "FileResponse": "file_response",
    "FileUploadRequest": "file_upload_request",
    "FinalizeRealtimeSessionBody": "finalize_realtime_session_body",
    "FinalizeRealtimeSessionBodyStatus": "finalize_realtime_session_body_status",
    "FunctionToolDefinition": "function_tool_definition",
    "FunctionToolDefinitionFunction": "function_tool_definition_function",
    "FunctionToolDefinitionType": "function_tool_definition_type",
    "FusionToolDefinition": "fusion_tool_definition",
    "FusionToolDefinitionParameters": "fusion_tool_definition_parameters",
    "FusionToolDefinitionType": "fusion_tool_definition_type",
    "GatewayCapabilities": "gateway_capabilities",
    "GatewayCapabilityStatus": "gateway_capability_status",
    "GatewayDatetimeToolDefinition": "gateway_datetime_tool_definition",
    "GatewayDatetimeToolDefinitionParameters": "gateway_datetime_tool_definition_parameters",
    "GatewayDatetimeToolDefinitionType": "gateway_datetime_tool_definition_type",
    "GatewayFeedback": "gateway_feedback",
    "GatewayFeedbackCreateRequest": "gateway_feedback_create_request",
    "GatewayFeedbackCreateRequestSource": "gateway_feedback_create_request_source",
    "GatewayFeedbackListResponse": "gateway_feedback_list_response",
    "GatewayFeedbackResponse": "gateway_feedback_response",
    "GatewayFeedbackSource": "gateway_feedback_source",
    "GatewayFeedbackSummaryResponse": "gateway_feedback_summary_response",
    "GatewayFeedbackSummaryResponseGroupBy": "gateway_feedback_summary_response_group_by",
    "GatewayFeedbackSummaryRow": "gateway_feedback_summary_row",
    "GatewayModalities": "gateway_modalities",
    "GatewayModelLifecycle": "gateway_model_lifecycle",
    "GatewayModelLifecycleStatus": "gateway_model_lifecycle_status",
    "GatewayModelLimits": "gateway_model_limits",
    "GatewayModelOffer": "gateway_model_offer",
    "GatewayModelOfferEffective": "gateway_model_offer_effective",
    "GatewayModelOfferProvider": "gateway_model_offer_provider",
    "GatewayModelOfferRouting": "gateway_model_offer_routing",
    "GatewayModelOfferStatus": "gateway_model_offer_status",
    "GatewayModelOrganization": "gateway_model_organization",
    "GatewayModelsResponse": "gateway_models_response",
    "GatewayModelsResponseAvailabilityMode": "gateway_models_response_availability_mode",
    "GatewayObservabilityEvent": "gateway_observability_event",
    "GatewayObservabilityEventCategory": "gateway_observability_event_category",
    "GatewayObservabilityEventCreateRequest": "gateway_observability_event_create_request",
    "GatewayObservabilityEventCreateRequestCategory": "gateway_observability_event_create_request_category",
    "GatewayObservabilityEventCreateRequestSource": "gateway_observability_event_create_request_source",
    "GatewayObservabilityEventListResponse": "gateway_observability_event_list_response",
    "GatewayObservabilityEventResponse": "gateway_observability_event_response",
    "GatewayObservabilityEventSource": "gateway_observability_event_source",
    "GatewayPricing": "gateway_pricing",
    "GatewayPricingMeter": "gateway_pricing_meter",
    "GatewayPricingMeterCurrency": "gateway_pricing_meter_currency",
    "GatewayPricingPricingPlan": "gateway_pricing_pricing_plan",
    "GatewayProviderAvailabilityReason": "gateway_provider_availability_reason",
    "GatewayRequestLog": "gateway_request_log",
    "GatewayRequestLogListResponse": "gateway_request_log_list_response",
    "GatewayRequestLogResponse": "gateway_request_log_response",
    "GatewayRoutingStatus": "gateway_routing_status",
    "GatewayWebFetchToolDefinition": "gateway_web_fetch_tool_definition",
    "GatewayWebFetchToolDefinitionParameters": "gateway_web_fetch_tool_definition_parameters",
    "GatewayWebFetchToolDefinitionType": "gateway_web_fetch_tool_definition_type",
    "GatewayWebSearchToolDefinition": "gateway_web_search_tool_definition",
    "GatewayWebSearchToolDefinitionParameters": "gateway_web_search_tool_definition_parameters",
    "GatewayWebSearchToolDefinitionType": "gateway_web_search_tool_definition_type",
    "GenerationResponse": "generation_response",
    "GenerationResponseUsage": "generation_response_usage",
    "GetGenerationResponse401": "get_generation_response401",
    "GetGenerationResponse404": "get_generation_response404",
    "GetHealthResponse200": "get_health_response200",
    "Guardrail": "guardrail",
    "GuardrailBudgetInput": "guardrail_budget_input",
    "GuardrailCreateRequest": "guardrail_create_request",
    "GuardrailDeleteResponse": "guardrail_delete_response",
    "GuardrailDetailResponse": "guardrail_detail_response",
    "GuardrailDetailResponseData": "guardrail_detail_response_data",
    "GuardrailDetailResponseDataModelRestrictionMode": "guardrail_detail_response_data_model_restriction_mode",
    "GuardrailDetailResponseDataPromptInjectionAction": "guardrail_detail_response_data_prompt_injection_action",
    "GuardrailDetailResponseDataProviderRestrictionMode": "guardrail_detail_response_data_provider_restriction_mode",
    "GuardrailDetailResponseDataSensitiveInfoDefaultAction": "guardrail_detail_response_data_sensitive_info_default_action",
    "GuardrailKeyAddResponse": "guardrail_key_add_response",
    "GuardrailKeyAssignment": "guardrail_key_assignment",
    "GuardrailKeyIdsReplaceRequest": "guardrail_key_ids_replace_request",
    "GuardrailKeyIdsRequest": "guardrail_key_ids_request",
    "GuardrailKeyListResponse": "guardrail_key_list_response",
    "GuardrailKeySetResponse": "guardrail_key_set_response",
    "GuardrailKeySetResponseData": "guardrail_key_set_response_data",
    "GuardrailListResponse": "guardrail_list_response",
    "GuardrailMemberAddResponse": "guardrail_member_add_response",
    "GuardrailMemberAssignment": "guardrail_member_assignment",
    "GuardrailMemberListResponse": "guardrail_member_list_response",
    "GuardrailModelRestrictionMode": "guardrail_model_restriction_mode",
    "GuardrailPolicyInput": "guardrail_policy_input",
    "GuardrailPolicyInputModelRestrictionMode": "guardrail_policy_input_model_restriction_mode",
    "GuardrailPolicyInputPromptInjectionAction": "guardrail_policy_input_prompt_injection_action",
    "GuardrailPolicyInputProviderRestrictionMode": "guardrail_policy_input_provider_restriction_mode",
    "GuardrailPolicyInputSensitiveInfoDefaultAction": "guardrail_policy_input_sensitive_info_default_action",
    "GuardrailPromptInjectionAction": "guardrail_prompt_injection_action",
    "GuardrailProviderRestrictionMode": "guardrail_provider_restriction_mode",
    "GuardrailRemoveResponse": "guardrail_remove_response",
    "GuardrailResponse": "guardrail_response",
    "GuardrailSensitiveInfoDefaultAction": "guardrail_sensitive_info_default_action",
    "GuardrailUpdateRequest": "guardrail_update_request",
    "GuardrailUserIdsRequest": "guardrail_user_ids_request",
    "Image": "image",
    "ImageConfig": "image_config",
    "ImageConfigFontInputsItem": "image_config_font_inputs_item",
    "ImageConfigImageSize": "image_config_image_size",
    "ImageContentPart": "image_content_part",
    "ImageContentPartImageUrl": "image_content_part_image_url",
    "ImageContentPartType": "image_content_part_type",
    "ImageModerationInput": "image_moderation_input",
    "ImageModerationInputImageUrl": "image_moderation_input_image_url",
    "ImageModerationInputType": "image_moderation_input_type",
    "ImagesEditRequest": "images_edit_request",
    "ImagesEditResponse": "images_edit_response",
    "ImagesGenerationRequest": "images_generation_request",
    "ImagesGenerationResponse": "images_generation_response",
    "InvalidRequestResponse": "invalid_request_response",
    "KeyInvalidateResponse": "key_invalidate_response",
    "KeyInvalidateResponseKey": "key_invalidate_response_key",
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
    "ManagementKeyRuntimeCreateRequestTemplate": "management_key_runtime_create_request_template",
    "ManagementKeyRuntimeCreateResponse": "management_key_runtime_create_response",
    "ManagementKeyRuntimeCreated": "management_key_runtime_created",
    "ManagementKeyRuntimeCreatedStatus": "management_key_runtime_created_status",
    "ManagementKeyRuntimeDeleteResponse": "management_key_runtime_delete_response",
    "ManagementKeyRuntimeResponse": "management_key_runtime_response",
    "ManagementKeyRuntimeStatus": "management_key_runtime_status",
    "ManagementKeyRuntimeUpdateRequest": "management_key_runtime_update_request",
    "ManagementKeyRuntimeUpdateRequestTemplate": "management_key_runtime_update_request_template",
    "MessageContentPart": "message_content_part",
    "Model": "model",
    "ModelAvailability": "model_availability",
    "ModelAvailabilityStatus": "model_availability_status",
    "ModelEndpointCapability": "model_endpoint_capability",
    "ModelEndpointCapabilityCollection": "model_endpoint_capability_collection",
    "ModelEndpointCapabilityEffective": "model_endpoint_capability_effective",
    "ModelEndpointCapabilityProvider": "model_endpoint_capability_provider",
    "ModelEndpointCapabilityRouting": "model_endpoint_capability_routing",
    "ModelEndpointCapabilityStatus": "model_endpoint_capability_status",
    "ModelEndpointsResponse": "model_endpoints_response",
    "ModelEndpointsResponseAvailabilityMode": "model_endpoints_response_availability_mode",
    "ModelId": "model_id",
    "ModelLifecycle": "model_lifecycle",
    "ModelLifecycleStatus": "model_lifecycle_status",
    "ModelVariantsValue": "model_variants_value",
    "ModerationCategories": "moderation_categories",
    "ModerationCategoryScores": "moderation_category_scores",
    "ModerationResult": "moderation_result",
    "ModerationsRequest": "moderations_request",
    "ModerationsResponse": "moderations_response",
    "ModerationsResponseMeta": "moderations_response_meta",
    "MusicGenerateRequest": "music_generate_request",
    "MusicGenerateRequestElevenlabs": "music_generate_request_elevenlabs",
    "MusicGenerateRequestFormat": "music_generate_request_format",
    "MusicGenerateRequestSuno": "music_generate_request_suno",
    "MusicGenerateRequestSunoVocalGender": "music_generate_request_suno_vocal_gender",
    "MusicGenerateResponse": "music_generate_response",
    "MusicGenerateResponseObject": "music_generate_response_object",
    "MusicGenerateResponseStatus": "music_generate_response_status",
    "OAuthClient": "o_auth_client",
    "OAuthClientClientType": "o_auth_client_client_type",
    "OAuthClientCreateRequest": "o_auth_client_create_request",
    "OAuthClientCreateRequestClientType": "o_auth_client_create_request_client_type",
    "OAuthClientCreateResponse": "o_auth_client_create_response",
    "OAuthClientDeleteResponse": "o_auth_client_delete_response",
    "OAuthClientInput": "o_auth_client_input",
    "OAuthClientListResponse": "o_auth_client_list_response",
    "OAuthClientListResponsePagination": "o_auth_client_list_response_pagination",
    "OAuthClientSecretResponse": "o_auth_client_secret_response",
    "OAuthClientUpdateRequest": "o_auth_client_update_request",
    "ObservabilityDestination": "observability_destination",
    "ObservabilityDestinationCreateRequest": "observability_destination_create_request",
    "ObservabilityDestinationGroupJoin": "observability_destination_group_join",
    "ObservabilityDestinationListResponse": "observability_destination_list_response",
    "ObservabilityDestinationPolicyInput": "observability_destination_policy_input",
    "ObservabilityDestinationPolicyInputGroupJoin": "observability_destination_policy_input_group_join",
    "ObservabilityDestinationResponse": "observability_destination_response",
    "ObservabilityDestinationType": "observability_destination_type",
    "ObservabilityDestinationUpdateRequest": "observability_destination_update_request",
    "ObservabilityKeyFilter": "observability_key_filter",
    "ObservabilityKeyFilterMode": "observability_key_filter_mode",
    "ObservabilityLoggingPolicy": "observability_logging_policy",
    "ObservabilityLoggingPolicyBillingStatus": "observability_logging_policy_billing_status",
    "ObservabilityLoggingPolicyResponse": "observability_logging_policy_response",
    "ObservabilityLoggingPolicyUpdateRequest": "observability_logging_policy_update_request",
    "ObservabilityRule": "observability_rule",
    "ObservabilityRuleCondition": "observability_rule_condition",
    "ObservabilityRuleField": "observability_rule_field",
    "ObservabilityRuleGroup": "observability_rule_group",
    "ObservabilityRuleGroupMatch": "observability_rule_group_match",
    "OcrRequest": "ocr_request",
    "OcrResponse": "ocr_response",
    "OpenAsyncJobWebSocketKind": "open_async_job_web_socket_kind",
    "OrganisationId": "organisation_id",
    "ParseBlock": "parse_block",
    "ParseBlockVariant0": "parse_block_variant0",
    "ParseBlockVariant0Text": "parse_block_variant0_text",
    "ParseBlockVariant0Type": "parse_block_variant0_type",
    "ParseBlockVariant1": "parse_block_variant1",
    "ParseBlockVariant1Type": "parse_block_variant1_type",
    "ParseBlockVariant2": "parse_block_variant2",
    "ParseBlockVariant2Table": "parse_block_variant2_table",
    "ParseBlockVariant2TableType": "parse_block_variant2_table_type",
    "ParseBlockVariant2Type": "parse_block_variant2_type",
    "ParseBoundingBox": "parse_bounding_box",
    "ParseImage": "parse_image",
    "ParseImageCategory": "parse_image_category",
    "ParsePage": "parse_page",
    "ParsePageVariant0": "parse_page_variant0",
    "ParsePageVariant0Markdown": "parse_page_variant0_markdown",
    "ParsePageVariant0Type": "parse_page_variant0_type",
    "ParsePageVariant1": "parse_page_variant1",
    "ParsePageVariant1Type": "parse_page_variant1_type",
    "ParseRequest": "parse_request",
    "ParseRequestDocument": "parse_request_document",
    "ParseRequestDocumentType": "parse_request_document_type",
    "ParseRequestOutputFormat": "parse_request_output_format",
    "ParseResponse": "parse_response",
    "ParseResponseObject": "parse_response_object",
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
    "PresetTestRunCreateRequestStatus": "preset_test_run_create_request_status",
    "PresetTestRunDetailResponse": "preset_test_run_detail_response",
    "PresetTestRunListResponse": "preset_test_run_list_response",
    "PresetTestRunResponse": "preset_test_run_response",
    "PresetTestRunStatus": "preset_test_run_status",
    "PresetTestRunUpdateRequest": "preset_test_run_update_request",
    "PresetTestRunUpdateRequestStatus": "preset_test_run_update_request_status",
    "PresetUpdateRequest": "preset_update_request",
    "PresetUpstreamApplyRequest": "preset_upstream_apply_request",
    "PresetUpstreamApplyResponse": "preset_upstream_apply_response",
    "PresetUpstreamApplyResponseData": "preset_upstream_apply_response_data",
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
    "ProviderOptionsAnthropic": "provider_options_anthropic",
    "ProviderOptionsGoogle": "provider_options_google",
    "ProviderOptionsOpenai": "provider_options_openai",
    "ProviderOptionsOpenaiContextManagement": "provider_options_openai_context_management",
    "ProviderOptionsOpenaiContextManagementType": "provider_options_openai_context_management_type",
    "ProviderRoutingOptions": "provider_routing_options",
    "ProviderRoutingOptionsDataCollection": "provider_routing_options_data_collection",
    "ProviderRoutingOptionsMaxPrice": "provider_routing_options_max_price",
    "ReasoningConfig": "reasoning_config",
    "ReasoningConfigEffort": "reasoning_config_effort",
    "ReasoningConfigMode": "reasoning_config_mode",
    "ReasoningConfigSummary": "reasoning_config_summary",
    "RerankDocument": "rerank_document",
    "RerankRequest": "rerank_request",
    "RerankResponse": "rerank_response",
    "RerankResult": "rerank_result",
    "ResponsesInputItem": "responses_input_item",
    "ResponsesInputItemRole": "responses_input_item_role",
    "ResponsesOutputAudioPart": "responses_output_audio_part",
    "ResponsesOutputAudioPartAudioUrl": "responses_output_audio_part_audio_url",
    "ResponsesOutputAudioPartFormat": "responses_output_audio_part_format",
    "ResponsesOutputAudioPartType": "responses_output_audio_part_type",
    "ResponsesOutputContentPart": "responses_output_content_part",
    "ResponsesOutputImagePart": "responses_output_image_part",
    "ResponsesOutputImagePartImageUrl": "responses_output_image_part_image_url",
    "ResponsesOutputImagePartType": "responses_output_image_part_type",
    "ResponsesOutputItem": "responses_output_item",
    "ResponsesOutputTextPart": "responses_output_text_part",
    "ResponsesOutputTextPartType": "responses_output_text_part_type",
    "ResponsesRequest": "responses_request",
    "ResponsesRequestModalitiesItem": "responses_request_modalities_item",
    "ResponsesRequestServiceTier": "responses_request_service_tier",
    "ResponsesRequestTruncation": "responses_request_truncation",
    "ResponsesResponse": "responses_response",
    "ResponsesResponseStatus": "responses_response_status",
    "SearchModelsToolDefinition": "search_models_tool_definition",
    "SearchModelsToolDefinitionParameters": "search_models_tool_definition_parameters",
    "SearchModelsToolDefinitionType": "search_models_tool_definition_type",
    "ServerToolUsage": "server_tool_usage",
    "SubagentToolDefinition": "subagent_tool_definition",
    "SubagentToolDefinitionType": "subagent_tool_definition_type",
    "SummarizeGatewayFeedbackGroupBy": "summarize_gateway_feedback_group_by",
    "SupportedParameterDetails": "supported_parameter_details",
    "TextContentPart": "text_content_part",
    "TextContentPartType": "text_content_part_type",
    "TextGenerateTool": "text_generate_tool",
    "TextModerationInput": "text_moderation_input",
    "TextModerationInputType": "text_moderation_input_type",
    "TextToolChoice": "text_tool_choice",
    "TextToolChoiceVariant0": "text_tool_choice_variant0",
    "ToolCall": "tool_call",
    "ToolCallContentPart": "tool_call_content_part",
    "ToolCallContentPartFunction": "tool_call_content_part_function",
    "ToolCallContentPartType": "tool_call_content_part_type",
    "ToolCallFunction": "tool_call_function",
    "ToolCallType": "tool_call_type",
    "UpdatedResponse": "updated_response",
    "UpdatedResponseData": "updated_response_data",
    "UploadFileProvider": "upload_file_provider",
    "Usage": "usage",
    "VideoBillingSummary": "video_billing_summary",
    "VideoBillingSummaryState": "video_billing_summary_state",
    "VideoContentPart": "video_content_part",
    "VideoContentPartType": "video_content_part_type",
    "VideoGenerationResponse": "video_generation_response",
    "VideoGenerationResponseAsset": "video_generation_response_asset",
    "VideoGenerationResponseLifecycleStatus": "video_generation_response_lifecycle_status",
    "VideoGenerationResponseOutputAccess": "video_generation_response_output_access",
    "VideoGenerationResponseStatus": "video_generation_response_status",
    "VideoGenerationResponseUsage": "video_generation_response_usage",
    "VideoOutput": "video_output",
    "WebhookEndpoint": "webhook_endpoint",
    "WebhookEndpointCreateRequest": "webhook_endpoint_create_request",
    "WebhookEndpointDeleteResponse": "webhook_endpoint_delete_response",
    "WebhookEndpointDeleteResponseObject": "webhook_endpoint_delete_response_object",
    "WebhookEndpointListResponse": "webhook_endpoint_list_response",
    "WebhookEndpointListResponseObject": "webhook_endpoint_list_response_object",
    "WebhookEndpointSecretResponse": "webhook_endpoint_secret_response",
    "WebhookEndpointSecretResponseStatus": "webhook_endpoint_secret_response_status",
    "WebhookEndpointStatus": "webhook_endpoint_status",
    "WebhookEndpointUpdateRequest": "webhook_endpoint_update_request",
    "WebhookEndpointUpdateRequestStatus": "webhook_endpoint_update_request_status",
    "Workspace": "workspace",
    "WorkspaceActivityEntry": "workspace_activity_entry",
    "WorkspaceActivityResponse": "workspace_activity_response",
    "WorkspaceApp": "workspace_app",
    "WorkspaceAppListResponse": "workspace_app_list_response",
    "WorkspaceAppMergeRequest": "workspace_app_merge_request",
    "WorkspaceAppMergeResponse": "workspace_app_merge_response",
    "WorkspaceAppMergeResponseData": "workspace_app_merge_response_data",
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
    "WorkspaceBudgetDeleteResponseData": "workspace_budget_delete_response_data",
    "WorkspaceBudgetInput": "workspace_budget_input",
    "WorkspaceBudgetInterval": "workspace_budget_interval",
    "WorkspaceBudgetListResponse": "workspace_budget_list_response",
    "WorkspaceBudgetResponse": "workspace_budget_response",
    "WorkspaceBudgetUpdateInput": "workspace_budget_update_input",
    "WorkspaceCreateRequest": "workspace_create_request",
    "WorkspaceDepartment": "workspace_department",
    "WorkspaceDepartmentCreateRequest": "workspace_department_create_request",
    "WorkspaceDepartmentInput": "workspace_department_input",
    "WorkspaceDepartmentInputColor": "workspace_department_input_color",
    "WorkspaceDepartmentInputIcon": "workspace_department_input_icon",
    "WorkspaceDepartmentListResponse": "workspace_department_list_response",
    "WorkspaceDepartmentMember": "workspace_department_member",
    "WorkspaceDepartmentMemberPosition": "workspace_department_member_position",
    "WorkspaceDepartmentMemberRequest": "workspace_department_member_request",
    "WorkspaceDepartmentMemberRequestPosition": "workspace_department_member_request_position",
    "WorkspaceDepartmentMemberResponse": "workspace_department_member_response",
    "WorkspaceDepartmentResponse": "workspace_department_response",
    "WorkspaceDepartmentSourceType": "workspace_department_source_type",
    "WorkspaceDepartmentUpdateRequest": "workspace_department_update_request",
    "WorkspaceDirectoryMember": "workspace_directory_member",
    "WorkspaceDirectoryMemberEffectiveRole": "workspace_directory_member_effective_role",
    "WorkspaceDirectoryMemberRoleOverride": "workspace_directory_member_role_override",
    "WorkspaceDirectoryMemberStatus": "workspace_directory_member_status",
    "WorkspaceDirectoryMemberUpdateRequest": "workspace_directory_member_update_request",
    "WorkspaceDirectoryMemberUpdateRequestAccessRole": "workspace_directory_member_update_request_access_role",
    "WorkspaceDirectoryMemberUpdateRequestDepartmentMode": "workspace_directory_member_update_request_department_mode",
    "WorkspaceDirectoryMemberUpdateRequestDepartmentPosition": "workspace_directory_member_update_request_department_positio",
    "WorkspaceDirectoryResponse": "workspace_directory_response",
    "WorkspaceDirectoryResponseData": "workspace_directory_response_data",
    "WorkspaceGroupMapping": "workspace_group_mapping",
    "WorkspaceGroupMappingAccessRole": "workspace_group_mapping_access_role",
    "WorkspaceGroupMappingCreateRequest": "workspace_group_mapping_create_request",
    "WorkspaceGroupMappingCreateRequestAccessRole": "workspace_group_mapping_create_request_access_role",
    "WorkspaceGroupMappingCreateRequestDepartmentPosition": "workspace_group_mapping_create_request_department_position",
    "WorkspaceGroupMappingDepartmentPosition": "workspace_group_mapping_department_position",
    "WorkspaceGroupMappingListResponse": "workspace_group_mapping_list_response",
    "WorkspaceGroupMappingResponse": "workspace_group_mapping_response",
    "WorkspaceGroupMappingUpdateRequest": "workspace_group_mapping_update_request",
    "WorkspaceGroupMappingUpdateRequestAccessRole": "workspace_group_mapping_update_request_access_role",
    "WorkspaceGroupMappingUpdateRequestDepartmentPosition": "workspace_group_mapping_update_request_department_position",
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
    "WorkspaceNotificationDestinationStatus": "workspace_notification_destination_status",
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
    "WorkspaceNotificationTestResponseData": "workspace_notification_test_response_data",
    "WorkspaceProviderRestrictionMode": "workspace_provider_restriction_mode",
    "WorkspaceResponse": "workspace_response",
    "WorkspaceRole": "workspace_role",
    "WorkspaceRoutingMode": "workspace_routing_mode",
    "WorkspaceScimAuditResponse": "workspace_scim_audit_response",
    "WorkspaceScimEndpoint": "workspace_scim_endpoint",
    "WorkspaceScimEndpointResponse": "workspace_scim_endpoint_response",
    "WorkspaceScimEvent": "workspace_scim_event",
    "WorkspaceScimResponse": "workspace_scim_response",
    "WorkspaceScimResponseData": "workspace_scim_response_data",
    "WorkspaceScimToken": "workspace_scim_token",
    "WorkspaceScimTokenCreateRequest": "workspace_scim_token_create_request",
    "WorkspaceScimTokenCreateResponse": "workspace_scim_token_create_response",
    "WorkspaceScimTokenCreateResponseData": "workspace_scim_token_create_response_data",
    "WorkspaceScimUpdateRequest": "workspace_scim_update_request",
    "WorkspaceSettings": "workspace_settings",
    "WorkspaceSettingsResponse": "workspace_settings_response",
    "WorkspaceSettingsResponseHealingMode": "workspace_settings_response_healing_mode",
    "WorkspaceSettingsUpdateRequest": "workspace_settings_update_request",
    "WorkspaceSettingsUpdateRequestResponseHealingMode": "workspace_settings_update_request_response_healing_mode",
    "WorkspaceSsoResponse": "workspace_sso_response",
    "WorkspaceSsoSettings": "workspace_sso_settings",
    "WorkspaceSsoSettingsMode": "workspace_sso_settings_mode",
    "WorkspaceSsoUpdateRequest": "workspace_sso_update_request",
    "WorkspaceSsoUpdateRequestMode": "workspace_sso_update_request_mode",
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
