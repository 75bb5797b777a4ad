"""How each operation of Phaseo Gateway API maps to an HTTP request and its responses.

Shared by `Client` and `AsyncClient`: one function per operation builds its `Endpoint`.
"""

from __future__ import annotations

from typing import Any

from . import models
from ._base_client import Endpoint, ResponseSpec

SECURITY_SCHEMES: dict[str, tuple[str, str, str]] = {
    "BearerAuth": ("bearer", "header", "Authorization"),
}


def list_models(
    *,
    endpoints: list[str] | None = None,
    organisation: models.OrganisationId | list[models.OrganisationId] | None = None,
    provider: list[str] | None = None,
    provider_status: list[str] | None = None,
    provider_routing_status: list[str] | None = None,
    model_routing_status: list[str] | None = None,
    capability_status: list[str] | None = None,
    provider_availability_status: list[str] | None = None,
    provider_availability_reason: list[str] | None = None,
    status: list[str] | None = None,
    input_types: list[str] | None = None,
    input_modalities: list[str] | None = None,
    output_types: list[str] | None = None,
    output_modalities: list[str] | None = None,
    params: list[str] | None = None,
    supported_parameters: list[str] | None = None,
    availability: models.ListModelsAvailability | None = None,
    limit: int | None = None,
    offset: int | None = None,
    format: models.ListModelsFormat | None = None,
    feed: models.ListModelsFeed | None = None,
) -> Endpoint[models.GatewayModelsResponse]:
    return Endpoint(
        operation="list_models",
        method="GET",
        path="/models",
        query={
            "endpoints": endpoints,
            "organisation": organisation,
            "provider": provider,
            "provider_status": provider_status,
            "provider_routing_status": provider_routing_status,
            "model_routing_status": model_routing_status,
            "capability_status": capability_status,
            "provider_availability_status": provider_availability_status,
            "provider_availability_reason": provider_availability_reason,
            "status": status,
            "input_types": input_types,
            "input_modalities": input_modalities,
            "output_types": output_types,
            "output_modalities": output_modalities,
            "params": params,
            "supported_parameters": supported_parameters,
            "availability": availability,
            "limit": limit,
            "offset": offset,
            "format": format,
            "feed": feed,
        },
        responses={
            "200": ResponseSpec("json", models.GatewayModelsResponse),
            "400": ResponseSpec("json", models.InvalidRequestResponse),
            "401": ResponseSpec("json", models.ErrorResponse),
            "500": ResponseSpec("json", models.ErrorResponse),
        },
        security=[["BearerAuth"]],
    )


def list_model_endpoints(
    author: str,
    slug: str,
    *,
    provider: list[str] | None = None,
    provider_status: list[str] | None = None,
    provider_routing_status: list[str] | None = None,
    model_routing_status: list[str] | None = None,
    capability_status: list[str] | None = None,
    provider_availability_status: list[str] | None = None,
    provider_availability_reason: list[str] | None = None,
    status: list[str] | None = None,
    supported_parameters: list[str] | None = None,
    availability: models.ListModelEndpointsAvailability | None = None,
) -> Endpoint[models.ModelEndpointsResponse]:
    return Endpoint(
        operation="list_model_endpoints",
        method="GET",
        path="/models/{author}/{slug}/endpoints",
        path_params={"author": author, "slug": slug},
        query={
            "provider": provider,
            "provider_status": provider_status,
            "provider_routing_status": provider_routing_status,
            "model_routing_status": model_routing_status,
            "capability_status": capability_status,
            "provider_availability_status": provider_availability_status,
            "provider_availability_reason": provider_availability_reason,
            "status": status,
            "supported_parameters": supported_parameters,
            "availability": availability,
        },
        responses={
            "200": ResponseSpec("json", models.ModelEndpointsResponse),
            "400": ResponseSpec("json", models.InvalidRequestResponse),
            "401": ResponseSpec("json", models.ErrorResponse),
            "404": ResponseSpec("json", models.ErrorResponse),
            "500": ResponseSpec("json", models.ErrorResponse),
        },
        security=[["BearerAuth"]],
    )


def list_team_models(
    *,
    endpoints: list[str] | None = None,
    organisation: models.OrganisationId | list[models.OrganisationId] | None = None,
    provider: list[str] | None = None,
    provider_status: list[str] | None = None,
    provider_routing_status: list[str] | None = None,
    model_routing_status: list[str] | None = None,
    capability_status: list[str] | None = None,
    provider_availability_status: list[str] | None = None,
    provider_availability_reason: list[str] | None = None,
    status: list[str] | None = None,
    input_types: list[str] | None = None,
    output_types: list[str] | None = None,
    params: list[str] | None = None,
    availability: models.ListTeamModelsAvailability | None = None,
    limit: int | None = None,
    offset: int | None = None,
    format: models.ListTeamModelsFormat | None = None,
    feed: models.ListTeamModelsFeed | None = None,
) -> Endpoint[models.GatewayModelsResponse]:
    return Endpoint(
        operation="list_team_models",
        method="GET",
        path="/models/me",
        query={
            "endpoints": endpoints,
            "organisation": organisation,
            "provider": provider,
            "provider_status": provider_status,
            "provider_routing_status": provider_routing_status,
            "model_routing_status": model_routing_status,
            "capability_status": capability_status,
            "provider_availability_status": provider_availability_status,
            "provider_availability_reason": provider_availability_reason,
            "status": status,
            "input_types": input_types,
            "output_types": output_types,
            "params": params,
            "availability": availability,
            "limit": limit,
            "offset": offset,
            "format": format,
            "feed": feed,
        },
        responses={
            "200": ResponseSpec("json", models.GatewayModelsResponse),
            "400": ResponseSpec("json", models.InvalidRequestResponse),
            "401": ResponseSpec("json", models.ErrorResponse),
            "500": ResponseSpec("json", models.ErrorResponse),
        },
        security=[["BearerAuth"]],
    )


def list_providers(
    *, limit: int | None = None, offset: int | None = None
) -> Endpoint[models.ListProvidersResponse200]:
    return Endpoint(
        operation="list_providers",
        method="GET",
        path="/providers",
        query={"limit": limit, "offset": offset},
        responses={
            "200": ResponseSpec("json", models.ListProvidersResponse200),
            "500": ResponseSpec("json", models.ListProvidersResponse500),
        },
        security=[["BearerAuth"]],
    )


def get_generation(*, id: str) -> Endpoint[models.GenerationResponse]:
    return Endpoint(
        operation="get_generation",
        method="GET",
        path="/generations",
        query={"id": id},
        responses={
            "200": ResponseSpec("json", models.GenerationResponse),
            "401": ResponseSpec("json", models.GetGenerationResponse401),
            "404": ResponseSpec("json", models.GetGenerationResponse404),
        },
        security=[["BearerAuth"]],
    )


def create_chat_completion(
    *, body: models.ChatCompletionsRequest
) -> Endpoint[models.ChatCompletionsResponse]:
    return Endpoint(
        operation="create_chat_completion",
        method="POST",
        path="/chat/completions",
        body=body,
        body_kind="json",
        media_type="application/json",
        responses={
            "200": ResponseSpec("json", models.ChatCompletionsResponse),
            "429": ResponseSpec("json", models.ErrorResponse),
        },
        security=[["BearerAuth"]],
    )


def create_response(*, body: models.ResponsesRequest) -> Endpoint[models.ResponsesResponse]:
    return Endpoint(
        operation="create_response",
        method="POST",
        path="/responses",
        body=body,
        body_kind="json",
        media_type="application/json",
        responses={
            "200": ResponseSpec("json", models.ResponsesResponse),
            "429": ResponseSpec("json", models.ErrorResponse),
        },
        security=[["BearerAuth"]],
    )


def open_async_job_web_socket(
    kind: models.OpenAsyncJobWebSocketKind,
    id: str,
    *,
    interval_ms: int | None = None,
    close_on_terminal: bool | None = None,
) -> Endpoint[None]:
    return Endpoint(
        operation="open_async_job_web_socket",
        method="GET",
        path="/async/{kind}/{id}/ws",
        path_params={"kind": kind, "id": id},
        query={"interval_ms": interval_ms, "close_on_terminal": close_on_terminal},
        responses={
            "101": ResponseSpec("empty"),
            "401": ResponseSpec("json", models.ErrorResponse),
            "404": ResponseSpec("json", models.ErrorResponse),
            "426": ResponseSpec("json", models.AsyncJobWebSocketUpgradeRequiredResponse),
        },
        security=[["BearerAuth"]],
    )


def create_anthropic_message(
    *, body: models.AnthropicMessagesRequest
) -> Endpoint[models.AnthropicMessagesResponse]:
    return Endpoint(
        operation="create_anthropic_message",
        method="POST",
        path="/messages",
        body=body,
        body_kind="json",
        media_type="application/json",
        responses={
            "200": ResponseSpec("json", models.AnthropicMessagesResponse),
        },
        security=[["BearerAuth"]],
    )


def create_embedding(*, body: models.EmbeddingsRequest) -> Endpoint[models.EmbeddingsResponse]:
    return Endpoint(
        operation="create_embedding",
        method="POST",
        path="/embeddings",
        body=body,
        body_kind="json",
        media_type="application/json",
        responses={
            "200": ResponseSpec("json", models.EmbeddingsResponse),
        },
        security=[["BearerAuth"]],
    )


def create_moderation(*, body: models.ModerationsRequest) -> Endpoint[models.ModerationsResponse]:
    return Endpoint(
        operation="create_moderation",
        method="POST",
        path="/moderations",
        body=body,
        body_kind="json",
        media_type="application/json",
        responses={
            "200": ResponseSpec("json", models.ModerationsResponse),
        },
        security=[["BearerAuth"]],
    )


def create_rerank(*, body: models.RerankRequest) -> Endpoint[models.RerankResponse]:
    return Endpoint(
        operation="create_rerank",
        method="POST",
        path="/rerank",
        body=body,
        body_kind="json",
        media_type="application/json",
        responses={
            "200": ResponseSpec("json", models.RerankResponse),
        },
        security=[["BearerAuth"]],
    )


def create_speech(*, body: models.AudioSpeechRequest) -> Endpoint[bytes]:
    return Endpoint(
        operation="create_speech",
        method="POST",
        path="/audio/speech",
        body=body,
        body_kind="json",
        media_type="application/json",
        responses={
            "200": ResponseSpec("binary"),
        },
        security=[["BearerAuth"]],
    )


def create_transcription(
    *, body: models.AudioTranscriptionRequest
) -> Endpoint[models.AudioTranscriptionResponse]:
    return Endpoint(
        operation="create_transcription",
        method="POST",
        path="/audio/transcriptions",
        body=body,
        body_kind="multipart",
        media_type="multipart/form-data",
        responses={
            "200": ResponseSpec("json", models.AudioTranscriptionResponse),
        },
        security=[["BearerAuth"]],
    )


def create_translation(
    *, body: models.AudioTranslationRequest
) -> Endpoint[models.AudioTranslationResponse]:
    return Endpoint(
        operation="create_translation",
        method="POST",
        path="/audio/translations",
        body=body,
        body_kind="multipart",
        media_type="multipart/form-data",
        responses={
            "200": ResponseSpec("json", models.AudioTranslationResponse),
        },
        security=[["BearerAuth"]],
    )


def create_realtime_session(*, body: models.CreateRealtimeSessionBody) -> Endpoint[dict[str, Any]]:
    return Endpoint(
        operation="create_realtime_session",
        method="POST",
        path="/audio/realtime/sessions",
        body=body,
        body_kind="json",
        media_type="application/json",
        responses={
            "201": ResponseSpec("json", dict[str, Any]),
        },
        security=[["BearerAuth"]],
    )


def connect_realtime_session_relay(session_id: str) -> Endpoint[None]:
    return Endpoint(
        operation="connect_realtime_session_relay",
        method="GET",
        path="/audio/realtime/sessions/{session_id}/relay",
        path_params={"session_id": session_id},
        responses={
            "101": ResponseSpec("empty"),
        },
        security=[],
    )


def finalize_realtime_session(
    session_id: str, *, body: models.FinalizeRealtimeSessionBody
) -> Endpoint[dict[str, Any]]:
    return Endpoint(
        operation="finalize_realtime_session",
        method="POST",
        path="/audio/realtime/sessions/{session_id}/finalize",
        path_params={"session_id": session_id},
        body=body,
        body_kind="json",
        media_type="application/json",
        responses={
            "200": ResponseSpec("json", dict[str, Any]),
        },
        security=[["BearerAuth"]],
    )


def create_image(
    *, body: models.ImagesGenerationRequest
) -> Endpoint[models.ImagesGenerationResponse]:
    return Endpoint(
        operation="create_image",
        method="POST",
        path="/images/generations",
        body=body,
        body_kind="json",
        media_type="application/json",
        responses={
            "200": ResponseSpec("json", models.ImagesGenerationResponse),
        },
        security=[["BearerAuth"]],
    )


def create_image_edit(*, body: models.ImagesEditRequest) -> Endpoint[models.ImagesEditResponse]:
    return Endpoint(
        operation="create_image_edit",
        method="POST",
        path="/images/edits",
        body=body,
        body_kind="multipart",
        media_type="multipart/form-data",
        responses={
            "200": ResponseSpec("json", models.ImagesEditResponse),
        },
        security=[["BearerAuth"]],
    )


def create_ocr(*, body: models.OcrRequest) -> Endpoint[models.OcrResponse]:
    return Endpoint(
        operation="create_ocr",
        method="POST",
        path="/ocr",
        body=body,
        body_kind="json",
        media_type="application/json",
        responses={
            "200": ResponseSpec("json", models.OcrResponse),
        },
        security=[["BearerAuth"]],
    )


def create_parse(*, body: models.ParseRequest) -> Endpoint[models.ParseResponse]:
    return Endpoint(
        operation="create_parse",
        method="POST",
        path="/parse",
        body=body,
        body_kind="json",
        media_type="application/json",
        responses={
            "200": ResponseSpec("json", models.ParseResponse),
        },
        security=[["BearerAuth"]],
    )


def generate_music(*, body: models.MusicGenerateRequest) -> Endpoint[models.MusicGenerateResponse]:
    return Endpoint(
        operation="generate_music",
        method="POST",
        path="/music/generate",
        body=body,
        body_kind="json",
        media_type="application/json",
        responses={
            "200": ResponseSpec("json", models.MusicGenerateResponse),
        },
        security=[["BearerAuth"]],
    )


def get_music_generation(music_id: str) -> Endpoint[models.MusicGenerateResponse]:
    return Endpoint(
        operation="get_music_generation",
        method="GET",
        path="/music/generate/{music_id}",
        path_params={"music_id": music_id},
        responses={
            "200": ResponseSpec("json", models.MusicGenerateResponse),
        },
        security=[["BearerAuth"]],
    )


def list_files() -> Endpoint[None]:
    return Endpoint(
        operation="list_files",
        method="GET",
        path="/files",
        responses={
            "400": ResponseSpec("json", models.ErrorResponse),
            "401": ResponseSpec("json", models.ErrorResponse),
        },
        security=[["BearerAuth"]],
    )


def upload_file(
    *,
    body: models.FileUploadRequest,
    model: models.ModelId | None = None,
    provider: models.UploadFileProvider | None = None,
    x_ai_stats_provider: str | None = None,
) -> Endpoint[models.FileResponse]:
    return Endpoint(
        operation="upload_file",
        method="POST",
        path="/files",
        query={"model": model, "provider": provider},
        headers={"x-ai-stats-provider": x_ai_stats_provider},
        body=body,
        body_kind="multipart",
        media_type="multipart/form-data",
        responses={
            "200": ResponseSpec("json", models.FileResponse),
            "401": ResponseSpec("json", models.ErrorResponse),
            "502": ResponseSpec("json", models.ErrorResponse),
        },
        security=[["BearerAuth"]],
    )


def retrieve_file(file_id: str) -> Endpoint[models.FileResponse]:
    return Endpoint(
        operation="retrieve_file",
        method="GET",
        path="/files/{file_id}",
        path_params={"file_id": file_id},
        responses={
            "200": ResponseSpec("json", models.FileResponse),
            "401": ResponseSpec("json", models.ErrorResponse),
            "404": ResponseSpec("json", models.ErrorResponse),
        },
        security=[["BearerAuth"]],
    )


def retrieve_file_content(file_id: str) -> Endpoint[bytes]:
    return Endpoint(
        operation="retrieve_file_content",
        method="GET",
        path="/files/{file_id}/content",
        path_params={"file_id": file_id},
        responses={
            "200": ResponseSpec("binary"),
            "401": ResponseSpec("json", models.ErrorResponse),
            "404": ResponseSpec("json", models.ErrorResponse),
        },
        security=[["BearerAuth"]],
    )


def get_activity_alias(
    *,
    date: str | None = None,
    label_key: str | None = None,
    label_value: str | None = None,
    key_id: str | None = None,
    end_user_id: str | None = None,
    model: models.ModelId | None = None,
    provider: str | None = None,
    endpoint: str | None = None,
    byok: bool | None = None,
    success: bool | None = None,
    offset: int | None = None,
    limit: int | None = None,
) -> Endpoint[models.AnalyticsResponse]:
    return Endpoint(
        operation="get_activity_alias",
        method="GET",
        path="/analytics",
        query={
            "date": date,
            "label_key": label_key,
            "label_value": label_value,
            "key_id": key_id,
            "end_user_id": end_user_id,
            "model": model,
            "provider": provider,
            "endpoint": endpoint,
            "byok": byok,
            "success": success,
            "offset": offset,
            "limit": limit,
        },
        responses={
            "200": ResponseSpec("json", models.AnalyticsResponse),
            "400": ResponseSpec("json", models.ErrorResponse),
            "401": ResponseSpec("json", models.ErrorResponse),
            "403": ResponseSpec("json", models.ErrorResponse),
            "500": ResponseSpec("json", models.ErrorResponse),
        },
        security=[["BearerAuth"]],
    )


def export_analytics_csv(
    *,
    date: str | None = None,
    label_key: str | None = None,
    label_value: str | None = None,
    key_id: str | None = None,
    end_user_id: str | None = None,
    model: models.ModelId | None = None,
    provider: str | None = None,
    endpoint: str | None = None,
    byok: bool | None = None,
    success: bool | None = None,
) -> Endpoint[str]:
    return Endpoint(
        operation="export_analytics_csv",
        method="GET",
        path="/analytics/export",
        query={
            "date": date,
            "label_key": label_key,
            "label_value": label_value,
            "key_id": key_id,
            "end_user_id": end_user_id,
            "model": model,
            "provider": provider,
            "endpoint": endpoint,
            "byok": byok,
            "success": success,
        },
        responses={
            "200": ResponseSpec("text"),
            "400": ResponseSpec("json", models.ErrorResponse),
            "401": ResponseSpec("json", models.ErrorResponse),
        },
        security=[["BearerAuth"]],
    )


def get_credits(*, workspace_id: str | None = None) -> Endpoint[models.CreditsResponse]:
    return Endpoint(
        operation="get_credits",
        method="GET",
        path="/credits",
        query={"workspace_id": workspace_id},
        responses={
            "200": ResponseSpec("json", models.CreditsResponse),
            "401": ResponseSpec("json", models.ErrorResponse),
            "403": ResponseSpec("json", models.ErrorResponse),
            "500": ResponseSpec("json", models.ErrorResponse),
        },
        security=[["BearerAuth"]],
    )


def get_current_api_key() -> Endpoint[models.ApiKeyResponse]:
    return Endpoint(
        operation="get_current_api_key",
        method="GET",
        path="/key",
        responses={
            "200": ResponseSpec("json", models.ApiKeyResponse),
            "401": ResponseSpec("json", models.ErrorResponse),
            "404": ResponseSpec("json", models.ErrorResponse),
            "500": ResponseSpec("json", models.ErrorResponse),
        },
        security=[["BearerAuth"]],
    )


def list_api_keys(
    *,
    include_disabled: bool | None = None,
    offset: int | None = None,
    limit: int | None = None,
    workspace_id: str | None = None,
) -> Endpoint[models.ApiKeyListResponse]:
    return Endpoint(
        operation="list_api_keys",
        method="GET",
        path="/keys",
        query={
            "include_disabled": include_disabled,
            "offset": offset,
            "limit": limit,
            "workspace_id": workspace_id,
        },
        responses={
            "200": ResponseSpec("json", models.ApiKeyListResponse),
            "401": ResponseSpec("json", models.ErrorResponse),
            "403": ResponseSpec("json", models.ErrorResponse),
            "500": ResponseSpec("json", models.ErrorResponse),
        },
        security=[["BearerAuth"]],
    )


def create_api_key(*, body: models.ApiKeyCreateRequest) -> Endpoint[models.ApiKeyWithValueResponse]:
    return Endpoint(
        operation="create_api_key",
        method="POST",
        path="/keys",
        body=body,
        body_kind="json",
        media_type="application/json",
        responses={
            "201": ResponseSpec("json", models.ApiKeyWithValueResponse),
            "400": ResponseSpec("json", models.ErrorResponse),
            "401": ResponseSpec("json", models.ErrorResponse),
            "403": ResponseSpec("json", models.ErrorResponse),
            "500": ResponseSpec("json", models.ErrorResponse),
        },
        security=[["BearerAuth"]],
    )


def get_api_key(id: str) -> Endpoint[models.ApiKeyResponse]:
    return Endpoint(
        operation="get_api_key",
        method="GET",
        path="/keys/{id}",
        path_params={"id": id},
        responses={
            "200": ResponseSpec("json", models.ApiKeyResponse),
            "401": ResponseSpec("json", models.ErrorResponse),
            "404": ResponseSpec("json", models.ErrorResponse),
            "500": ResponseSpec("json", models.ErrorResponse),
        },
        security=[["BearerAuth"]],
    )


def delete_api_key(id: str) -> Endpoint[models.DeletedResponse]:
    return Endpoint(
        operation="delete_api_key",
        method="DELETE",
        path="/keys/{id}",
        path_params={"id": id},
        responses={
            "200": ResponseSpec("json", models.DeletedResponse),
            "401": ResponseSpec("json", models.ErrorResponse),
            "404": ResponseSpec("json", models.ErrorResponse),
            "500": ResponseSpec("json", models.ErrorResponse),
        },
        security=[["BearerAuth"]],
    )


def update_api_key(id: str, *, body: models.ApiKeyUpdateRequest) -> Endpoint[models.ApiKeyResponse]:
    return Endpoint(
        operation="update_api_key",
        method="PATCH",
        path="/keys/{id}",
        path_params={"id": id},
        body=body,
        body_kind="json",
        media_type="application/json",
        responses={
            "200": ResponseSpec("json", models.ApiKeyResponse),
            "400": ResponseSpec("json", models.ErrorResponse),
            "401": ResponseSpec("json", models.ErrorResponse),
            "404": ResponseSpec("json", models.ErrorResponse),
            "500": ResponseSpec("json", models.ErrorResponse),
        },
        security=[["BearerAuth"]],
    )


def rotate_api_key(
    id: str, *, body: models.ApiKeyRotateRequest | None = None
) -> Endpoint[models.ApiKeyRotateResponse]:
    return Endpoint(
        operation="rotate_api_key",
        method="POST",
        path="/keys/{id}/rotate",
        path_params={"id": id},
        body=body,
        body_kind="json",
        media_type="application/json",
        responses={
            "200": ResponseSpec("json", models.ApiKeyRotateResponse),
            "default": ResponseSpec("json", models.ErrorResponse),
        },
        security=[["BearerAuth"]],
    )


def invalidate_api_key_cache(id: str) -> Endpoint[models.KeyInvalidateResponse]:
    return Endpoint(
        operation="invalidate_api_key_cache",
        method="POST",
        path="/keys/{id}/invalidate",
        path_params={"id": id},
        responses={
            "200": ResponseSpec("json", models.KeyInvalidateResponse),
            "default": ResponseSpec("json", models.ErrorResponse),
        },
        security=[["BearerAuth"]],
    )


def get_workspace_sso() -> Endpoint[models.WorkspaceSsoResponse]:
    return Endpoint(
        operation="get_workspace_sso",
        method="GET",
        path="/identity/sso",
        responses={
            "200": ResponseSpec("json", models.WorkspaceSsoResponse),
            "default": ResponseSpec("json", models.ErrorResponse),
        },
        security=[["BearerAuth"]],
    )


def update_workspace_sso(
    *, body: models.WorkspaceSsoUpdateRequest
) -> Endpoint[models.WorkspaceSsoResponse]:
    return Endpoint(
        operation="update_workspace_sso",
        method="PUT",
        path="/identity/sso",
        body=body,
        body_kind="json",
        media_type="application/json",
        responses={
            "200": ResponseSpec("json", models.WorkspaceSsoResponse),
            "default": ResponseSpec("json", models.ErrorResponse),
        },
        security=[["BearerAuth"]],
    )


def get_workspace_scim() -> Endpoint[models.WorkspaceScimResponse]:
    return Endpoint(
        operation="get_workspace_scim",
        method="GET",
        path="/identity/scim",
        responses={
            "200": ResponseSpec("json", models.WorkspaceScimResponse),
            "default": ResponseSpec("json", models.ErrorResponse),
        },
        security=[["BearerAuth"]],
    )


def update_workspace_scim(
    *, body: models.WorkspaceScimUpdateRequest
) -> Endpoint[models.WorkspaceScimEndpointResponse]:
    return Endpoint(
        operation="update_workspace_scim",
        method="PUT",
        path="/identity/scim",
        body=body,
        body_kind="json",
        media_type="application/json",
        responses={
            "200": ResponseSpec("json", models.WorkspaceScimEndpointResponse),
            "default": ResponseSpec("json", models.ErrorResponse),
        },
        security=[["BearerAuth"]],
    )


def create_workspace_scim_token(
    *, body: models.WorkspaceScimTokenCreateRequest
) -> Endpoint[models.WorkspaceScimTokenCreateResponse]:
    return Endpoint(
        operation="create_workspace_scim_token",
        method="POST",
        path="/identity/scim/tokens",
        body=body,
        body_kind="json",
        media_type="application/json",
        responses={
            "201": ResponseSpec("json", models.WorkspaceScimTokenCreateResponse),
            "default": ResponseSpec("json", models.ErrorResponse),
        },
        security=[["BearerAuth"]],
    )


def revoke_workspace_scim_token(id: str) -> Endpoint[models.DeletedResponse]:
    return Endpoint(
        operation="revoke_workspace_scim_token",
        method="DELETE",
        path="/identity/scim/tokens/{id}",
        path_params={"id": id},
        responses={
            "200": ResponseSpec("json", models.DeletedResponse),
            "default": ResponseSpec("json", models.ErrorResponse),
        },
        security=[["BearerAuth"]],
    )


def list_workspace_scim_audit_events(
    *, limit: int | None = None, before: str | None = None
) -> Endpoint[models.WorkspaceScimAuditResponse]:
    return Endpoint(
        operation="list_workspace_scim_audit_events",
        method="GET",
        path="/identity/scim/audit",
        query={"limit": limit, "before": before},
        responses={
            "200": ResponseSpec("json", models.WorkspaceScimAuditResponse),
            "default": ResponseSpec("json", models.ErrorResponse),
        },
        security=[["BearerAuth"]],
    )


def get_workspace_directory() -> Endpoint[models.WorkspaceDirectoryResponse]:
    return Endpoint(
        operation="get_workspace_directory",
        method="GET",
        path="/identity/directory",
        responses={
            "200": ResponseSpec("json", models.WorkspaceDirectoryResponse),
            "default": ResponseSpec("json", models.ErrorResponse),
        },
        security=[["BearerAuth"]],
    )


def update_workspace_directory_member(
    id: str, *, body: models.WorkspaceDirectoryMemberUpdateRequest
) -> Endpoint[models.UpdatedResponse]:
    return Endpoint(
        operation="update_workspace_directory_member",
        method="PUT",
        path="/identity/directory/members/{id}",
        path_params={"id": id},
        body=body,
        body_kind="json",
        media_type="application/json",
        responses={
            "200": ResponseSpec("json", models.UpdatedResponse),
            "default": ResponseSpec("json", models.ErrorResponse),
        },
        security=[["BearerAuth"]],
    )


def list_workspace_departments() -> Endpoint[models.WorkspaceDepartmentListResponse]:
    return Endpoint(
        operation="list_workspace_departments",
        method="GET",
        path="/identity/departments",
        responses={
            "200": ResponseSpec("json", models.WorkspaceDepartmentListResponse),
            "default": ResponseSpec("json", models.ErrorResponse),
        },
        security=[["BearerAuth"]],
    )


def create_workspace_department(
    *, body: models.WorkspaceDepartmentCreateRequest
) -> Endpoint[models.WorkspaceDepartmentResponse]:
    return Endpoint(
        operation="create_workspace_department",
        method="POST",
        path="/identity/departments",
        body=body,
        body_kind="json",
        media_type="application/json",
        responses={
            "201": ResponseSpec("json", models.WorkspaceDepartmentResponse),
            "default": ResponseSpec("json", models.ErrorResponse),
        },
        security=[["BearerAuth"]],
    )


def delete_workspace_department(id: str) -> Endpoint[models.DeletedResponse]:
    return Endpoint(
        operation="delete_workspace_department",
        method="DELETE",
        path="/identity/departments/{id}",
        path_params={"id": id},
        responses={
            "200": ResponseSpec("json", models.DeletedResponse),
            "default": ResponseSpec("json", models.ErrorResponse),
        },
        security=[["BearerAuth"]],
    )


def update_workspace_department(
    id: str, *, body: models.WorkspaceDepartmentInput
) -> Endpoint[models.WorkspaceDepartmentResponse]:
    return Endpoint(
        operation="update_workspace_department",
        method="PATCH",
        path="/identity/departments/{id}",
        path_params={"id": id},
        body=body,
        body_kind="json",
        media_type="application/json",
        responses={
            "200": ResponseSpec("json", models.WorkspaceDepartmentResponse),
            "default": ResponseSpec("json", models.ErrorResponse),
        },
        security=[["BearerAuth"]],
    )


def set_workspace_department_member(
    department_id: str, user_id: str, *, body: models.WorkspaceDepartmentMemberRequest
) -> Endpoint[models.WorkspaceDepartmentMemberResponse]:
    return Endpoint(
        operation="set_workspace_department_member",
        method="PUT",
        path="/identity/departments/{departmentId}/members/{userId}",
        path_params={"departmentId": department_id, "userId": user_id},
        body=body,
        body_kind="json",
        media_type="application/json",
        responses={
            "200": ResponseSpec("json", models.WorkspaceDepartmentMemberResponse),
            "default": ResponseSpec("json", models.ErrorResponse),
        },
        security=[["BearerAuth"]],
    )


def delete_workspace_department_member(
    department_id: str, user_id: str
) -> Endpoint[models.DeletedResponse]:
    return Endpoint(
        operation="delete_workspace_department_member",
        method="DELETE",
        path="/identity/departments/{departmentId}/members/{userId}",
        path_params={"departmentId": department_id, "userId": user_id},
        responses={
            "200": ResponseSpec("json", models.DeletedResponse),
            "default": ResponseSpec("json", models.ErrorResponse),
        },
        security=[["BearerAuth"]],
    )


def list_workspace_group_mappings() -> Endpoint[models.WorkspaceGroupMappingListResponse]:
    return Endpoint(
        operation="list_workspace_group_mappings",
        method="GET",
        path="/identity/group-mappings",
        responses={
            "200": ResponseSpec("json", models.WorkspaceGroupMappingListResponse),
            "default": ResponseSpec("json", models.ErrorResponse),
        },
        security=[["BearerAuth"]],
    )


def create_workspace_group_mapping(
    *, body: models.WorkspaceGroupMappingCreateRequest
) -> Endpoint[models.WorkspaceGroupMappingResponse]:
    return Endpoint(
        operation="create_workspace_group_mapping",
        method="POST",
        path="/identity/group-mappings",
        body=body,
        body_kind="json",
        media_type="application/json",
        responses={
            "201": ResponseSpec("json", models.WorkspaceGroupMappingResponse),
            "default": ResponseSpec("json", models.ErrorResponse),
        },
        security=[["BearerAuth"]],
    )


def delete_workspace_group_mapping(id: str) -> Endpoint[models.DeletedResponse]:
    return Endpoint(
        operation="delete_workspace_group_mapping",
        method="DELETE",
        path="/identity/group-mappings/{id}",
        path_params={"id": id},
        responses={
            "200": ResponseSpec("json", models.DeletedResponse),
            "default": ResponseSpec("json", models.ErrorResponse),
        },
        security=[["BearerAuth"]],
    )


def update_workspace_group_mapping(
    id: str, *, body: models.WorkspaceGroupMappingUpdateRequest
) -> Endpoint[models.WorkspaceGroupMappingResponse]:
    return Endpoint(
        operation="update_workspace_group_mapping",
        method="PATCH",
        path="/identity/group-mappings/{id}",
        path_params={"id": id},
        body=body,
        body_kind="json",
        media_type="application/json",
        responses={
            "200": ResponseSpec("json", models.WorkspaceGroupMappingResponse),
            "default": ResponseSpec("json", models.ErrorResponse),
        },
        security=[["BearerAuth"]],
    )


def get_workspace_notification_settings() -> Endpoint[models.WorkspaceNotificationSettingsResponse]:
    return Endpoint(
        operation="get_workspace_notification_settings",
        method="GET",
        path="/notifications/settings",
        responses={
            "200": ResponseSpec("json", models.WorkspaceNotificationSettingsResponse),
            "default": ResponseSpec("json", models.ErrorResponse),
        },
        security=[["BearerAuth"]],
    )


def update_workspace_notification_settings(
    *, body: models.WorkspaceNotificationSettingsUpdateRequest
) -> Endpoint[models.WorkspaceNotificationSettingsResponse]:
    return Endpoint(
        operation="update_workspace_notification_settings",
        method="PATCH",
        path="/notifications/settings",
        body=body,
        body_kind="json",
        media_type="application/json",
        responses={
            "200": ResponseSpec("json", models.WorkspaceNotificationSettingsResponse),
            "default": ResponseSpec("json", models.ErrorResponse),
        },
        security=[],
    )


def list_workspace_apps(
    *, offset: int | None = None, limit: int | None = None
) -> Endpoint[models.WorkspaceAppListResponse]:
    return Endpoint(
        operation="list_workspace_apps",
        method="GET",
        path="/apps",
        query={"offset": offset, "limit": limit},
        responses={
            "200": ResponseSpec("json", models.WorkspaceAppListResponse),
            "default": ResponseSpec("json", models.ErrorResponse),
        },
        security=[["BearerAuth"]],
    )


def update_workspace_app(
    id: str, *, body: models.WorkspaceAppUpdateRequest
) -> Endpoint[models.WorkspaceAppResponse]:
    return Endpoint(
        operation="update_workspace_app",
        method="PATCH",
        path="/apps/{id}",
        path_params={"id": id},
        body=body,
        body_kind="json",
        media_type="application/json",
        responses={
            "200": ResponseSpec("json", models.WorkspaceAppResponse),
            "default": ResponseSpec("json", models.ErrorResponse),
        },
        security=[["BearerAuth"]],
    )


def merge_workspace_app(
    id: str, *, body: models.WorkspaceAppMergeRequest
) -> Endpoint[models.WorkspaceAppMergeResponse]:
    return Endpoint(
        operation="merge_workspace_app",
        method="POST",
        path="/apps/{id}/merge",
        path_params={"id": id},
        body=body,
        body_kind="json",
        media_type="application/json",
        responses={
            "200": ResponseSpec("json", models.WorkspaceAppMergeResponse),
            "default": ResponseSpec("json", models.ErrorResponse),
        },
        security=[["BearerAuth"]],
    )


def list_gateway_request_logs(
    *,
    since: str | None = None,
    from_: str | None = None,
    to: str | None = None,
    provider: str | None = None,
    model: models.ModelId | None = None,
    endpoint: str | None = None,
    request_id: str | None = None,
    key_id: str | None = None,
    session_id: str | None = None,
    error_code: str | None = None,
    status: str | None = None,
    offset: int | None = None,
    limit: int | None = None,
) -> Endpoint[models.GatewayRequestLogListResponse]:
    return Endpoint(
        operation="list_gateway_request_logs",
        method="GET",
        path="/logs",
        query={
            "since": since,
            "from": from_,
            "to": to,
            "provider": provider,
            "model": model,
            "endpoint": endpoint,
            "request_id": request_id,
            "key_id": key_id,
            "session_id": session_id,
            "error_code": error_code,
            "status": status,
            "offset": offset,
            "limit": limit,
        },
        responses={
            "200": ResponseSpec("json", models.GatewayRequestLogListResponse),
            "default": ResponseSpec("json", models.ErrorResponse),
        },
        security=[["BearerAuth"]],
    )


def get_gateway_request_log(request_id: str) -> Endpoint[models.GatewayRequestLogResponse]:
    return Endpoint(
        operation="get_gateway_request_log",
        method="GET",
        path="/logs/{requestId}",
        path_params={"requestId": request_id},
        responses={
            "200": ResponseSpec("json", models.GatewayRequestLogResponse),
            "default": ResponseSpec("json", models.ErrorResponse),
        },
        security=[["BearerAuth"]],
    )


def list_gateway_feedback(
    *,
    request_id: str | None = None,
    session_id: str | None = None,
    preset_id: str | None = None,
    test_run_id: str | None = None,
    rating: str | None = None,
    since: str | None = None,
    until: str | None = None,
    offset: int | None = None,
    limit: int | None = None,
) -> Endpoint[models.GatewayFeedbackListResponse]:
    return Endpoint(
        operation="list_gateway_feedback",
        method="GET",
        path="/feedback",
        query={
            "request_id": request_id,
            "session_id": session_id,
            "preset_id": preset_id,
            "test_run_id": test_run_id,
            "rating": rating,
            "since": since,
            "until": until,
            "offset": offset,
            "limit": limit,
        },
        responses={
            "200": ResponseSpec("json", models.GatewayFeedbackListResponse),
            "default": ResponseSpec("json", models.ErrorResponse),
        },
        security=[["BearerAuth"]],
    )


def create_gateway_feedback(
    *, body: models.GatewayFeedbackCreateRequest
) -> Endpoint[models.GatewayFeedbackResponse]:
    return Endpoint(
        operation="create_gateway_feedback",
        method="POST",
        path="/feedback",
        body=body,
        body_kind="json",
        media_type="application/json",
        responses={
            "201": ResponseSpec("json", models.GatewayFeedbackResponse),
            "default": ResponseSpec("json", models.ErrorResponse),
        },
        security=[["BearerAuth"]],
    )


def summarize_gateway_feedback(
    *,
    group_by: models.SummarizeGatewayFeedbackGroupBy | None = None,
    metadata_key: str | None = None,
    preset_id: str | None = None,
    test_run_id: str | None = None,
    since: str | None = None,
    until: str | None = None,
) -> Endpoint[models.GatewayFeedbackSummaryResponse]:
    return Endpoint(
        operation="summarize_gateway_feedback",
        method="GET",
        path="/feedback/summary",
        query={
            "group_by": group_by,
            "metadata_key": metadata_key,
            "preset_id": preset_id,
            "test_run_id": test_run_id,
            "since": since,
            "until": until,
        },
        responses={
            "200": ResponseSpec("json", models.GatewayFeedbackSummaryResponse),
            "default": ResponseSpec("json", models.ErrorResponse),
        },
        security=[["BearerAuth"]],
    )


def list_gateway_observability_events(
    *,
    request_id: str | None = None,
    session_id: str | None = None,
    preset_id: str | None = None,
    test_run_id: str | None = None,
    category: str | None = None,
    event: str | None = None,
    offset: int | None = None,
    limit: int | None = None,
) -> Endpoint[models.GatewayObservabilityEventListResponse]:
    return Endpoint(
        operation="list_gateway_observability_events",
        method="GET",
        path="/events",
        query={
            "request_id": request_id,
            "session_id": session_id,
            "preset_id": preset_id,
            "test_run_id": test_run_id,
            "category": category,
            "event": event,
            "offset": offset,
            "limit": limit,
        },
        responses={
            "200": ResponseSpec("json", models.GatewayObservabilityEventListResponse),
            "default": ResponseSpec("json", models.ErrorResponse),
        },
        security=[["BearerAuth"]],
    )


def create_gateway_observability_event(
    *, body: models.GatewayObservabilityEventCreateRequest
) -> Endpoint[models.GatewayObservabilityEventResponse]:
    return Endpoint(
        operation="create_gateway_observability_event",
        method="POST",
        path="/events",
        body=body,
        body_kind="json",
        media_type="application/json",
        responses={
            "201": ResponseSpec("json", models.GatewayObservabilityEventResponse),
            "default": ResponseSpec("json", models.ErrorResponse),
        },
        security=[["BearerAuth"]],
    )


def list_preset_test_runs(
    *, preset_id: str | None = None, offset: int | None = None, limit: int | None = None
) -> Endpoint[models.PresetTestRunListResponse]:
    return Endpoint(
        operation="list_preset_test_runs",
        method="GET",
        path="/preset-test-runs",
        query={"preset_id": preset_id, "offset": offset, "limit": limit},
        responses={
            "200": ResponseSpec("json", models.PresetTestRunListResponse),
            "default": ResponseSpec("json", models.ErrorResponse),
        },
        security=[["BearerAuth"]],
    )


def create_preset_test_run(
    *, body: models.PresetTestRunCreateRequest
) -> Endpoint[models.PresetTestRunResponse]:
    return Endpoint(
        operation="create_preset_test_run",
        method="POST",
        path="/preset-test-runs",
        body=body,
        body_kind="json",
        media_type="application/json",
        responses={
            "201": ResponseSpec("json", models.PresetTestRunResponse),
            "default": ResponseSpec("json", models.ErrorResponse),
        },
        security=[["BearerAuth"]],
    )


def get_preset_test_run(id: str) -> Endpoint[models.PresetTestRunDetailResponse]:
    return Endpoint(
        operation="get_preset_test_run",
        method="GET",
        path="/preset-test-runs/{id}",
        path_params={"id": id},
        responses={
            "200": ResponseSpec("json", models.PresetTestRunDetailResponse),
            "default": ResponseSpec("json", models.ErrorResponse),
        },
        security=[["BearerAuth"]],
    )


def update_preset_test_run(
    id: str, *, body: models.PresetTestRunUpdateRequest
) -> Endpoint[models.PresetTestRunResponse]:
    return Endpoint(
        operation="update_preset_test_run",
        method="PATCH",
        path="/preset-test-runs/{id}",
        path_params={"id": id},
        body=body,
        body_kind="json",
        media_type="application/json",
        responses={
            "200": ResponseSpec("json", models.PresetTestRunResponse),
            "default": ResponseSpec("json", models.ErrorResponse),
        },
        security=[["BearerAuth"]],
    )


def list_provider_credentials(
    *, provider: str | None = None, offset: int | None = None, limit: int | None = None
) -> Endpoint[models.ProviderCredentialListResponse]:
    return Endpoint(
        operation="list_provider_credentials",
        method="GET",
        path="/byok",
        query={"provider": provider, "offset": offset, "limit": limit},
        responses={
            "200": ResponseSpec("json", models.ProviderCredentialListResponse),
            "default": ResponseSpec("json", models.ErrorResponse),
        },
        security=[["BearerAuth"]],
    )


def create_provider_credential(
    *, body: models.ProviderCredentialCreateRequest
) -> Endpoint[models.ProviderCredentialResponse]:
    return Endpoint(
        operation="create_provider_credential",
        method="POST",
        path="/byok",
        body=body,
        body_kind="json",
        media_type="application/json",
        responses={
            "201": ResponseSpec("json", models.ProviderCredentialResponse),
            "default": ResponseSpec("json", models.ErrorResponse),
        },
        security=[["BearerAuth"]],
    )


def reorder_provider_credentials(
    *, body: models.ProviderCredentialReorderRequest
) -> Endpoint[models.ProviderCredentialReorderResponse]:
    return Endpoint(
        operation="reorder_provider_credentials",
        method="POST",
        path="/byok/reorder",
        body=body,
        body_kind="json",
        media_type="application/json",
        responses={
            "200": ResponseSpec("json", models.ProviderCredentialReorderResponse),
            "default": ResponseSpec("json", models.ErrorResponse),
        },
        security=[["BearerAuth"]],
    )


def get_provider_credential(id: str) -> Endpoint[models.ProviderCredentialResponse]:
    return Endpoint(
        operation="get_provider_credential",
        method="GET",
        path="/byok/{id}",
        path_params={"id": id},
        responses={
            "200": ResponseSpec("json", models.ProviderCredentialResponse),
            "default": ResponseSpec("json", models.ErrorResponse),
        },
        security=[["BearerAuth"]],
    )


def delete_provider_credential(id: str) -> Endpoint[models.ProviderCredentialDeleteResponse]:
    return Endpoint(
        operation="delete_provider_credential",
        method="DELETE",
        path="/byok/{id}",
        path_params={"id": id},
        responses={
            "200": ResponseSpec("json", models.ProviderCredentialDeleteResponse),
            "default": ResponseSpec("json", models.ErrorResponse),
        },
        security=[["BearerAuth"]],
    )


def update_provider_credential(
    id: str, *, body: models.ProviderCredentialUpdateRequest
) -> Endpoint[models.ProviderCredentialResponse]:
    return Endpoint(
        operation="update_provider_credential",
        method="PATCH",
        path="/byok/{id}",
        path_params={"id": id},
        body=body,
        body_kind="json",
        media_type="application/json",
        responses={
            "200": ResponseSpec("json", models.ProviderCredentialResponse),
            "default": ResponseSpec("json", models.ErrorResponse),
        },
        security=[["BearerAuth"]],
    )


def list_workspace_budgets() -> Endpoint[models.WorkspaceBudgetListResponse]:
    return Endpoint(
        operation="list_workspace_budgets",
        method="GET",
        path="/budgets",
        responses={
            "200": ResponseSpec("json", models.WorkspaceBudgetListResponse),
            "default": ResponseSpec("json", models.ErrorResponse),
        },
        security=[["BearerAuth"]],
    )


def create_workspace_budget(
    *, body: models.WorkspaceBudgetInput
) -> Endpoint[models.WorkspaceBudgetResponse]:
    return Endpoint(
        operation="create_workspace_budget",
        method="POST",
        path="/budgets",
        body=body,
        body_kind="json",
        media_type="application/json",
        responses={
            "201": ResponseSpec("json", models.WorkspaceBudgetResponse),
            "default": ResponseSpec("json", models.ErrorResponse),
        },
        security=[["BearerAuth"]],
    )


def get_workspace_budget(id: str) -> Endpoint[models.WorkspaceBudgetResponse]:
    return Endpoint(
        operation="get_workspace_budget",
        method="GET",
        path="/budgets/{id}",
        path_params={"id": id},
        responses={
            "200": ResponseSpec("json", models.WorkspaceBudgetResponse),
            "default": ResponseSpec("json", models.ErrorResponse),
        },
        security=[["BearerAuth"]],
    )


def delete_workspace_budget(id: str) -> Endpoint[models.WorkspaceBudgetDeleteResponse]:
    return Endpoint(
        operation="delete_workspace_budget",
        method="DELETE",
        path="/budgets/{id}",
        path_params={"id": id},
        responses={
            "200": ResponseSpec("json", models.WorkspaceBudgetDeleteResponse),
            "default": ResponseSpec("json", models.ErrorResponse),
        },
        security=[["BearerAuth"]],
    )


def update_workspace_budget(
    id: str, *, body: models.WorkspaceBudgetUpdateInput
) -> Endpoint[models.WorkspaceBudgetResponse]:
    return Endpoint(
        operation="update_workspace_budget",
        method="PATCH",
        path="/budgets/{id}",
        path_params={"id": id},
        body=body,
        body_kind="json",
        media_type="application/json",
        responses={
            "200": ResponseSpec("json", models.WorkspaceBudgetResponse),
            "default": ResponseSpec("json", models.ErrorResponse),
        },
        security=[["BearerAuth"]],
    )


def list_workspace_notification_destinations() -> (
    Endpoint[models.WorkspaceNotificationDestinationListResponse]
):
    return Endpoint(
        operation="list_workspace_notification_destinations",
        method="GET",
        path="/notifications/destinations",
        responses={
            "200": ResponseSpec("json", models.WorkspaceNotificationDestinationListResponse),
            "default": ResponseSpec("json", models.ErrorResponse),
        },
        security=[["BearerAuth"]],
    )


def create_workspace_notification_destination(
    *, body: models.WorkspaceNotificationDestinationCreateRequest
) -> Endpoint[models.WorkspaceNotificationDestinationResponse]:
    return Endpoint(
        operation="create_workspace_notification_destination",
        method="POST",
        path="/notifications/destinations",
        body=body,
        body_kind="json",
        media_type="application/json",
        responses={
            "201": ResponseSpec("json", models.WorkspaceNotificationDestinationResponse),
            "default": ResponseSpec("json", models.ErrorResponse),
        },
        security=[["BearerAuth"]],
    )


def delete_workspace_notification_destination(id: str) -> Endpoint[models.DeletedResponse]:
    return Endpoint(
        operation="delete_workspace_notification_destination",
        method="DELETE",
        path="/notifications/destinations/{id}",
        path_params={"id": id},
        responses={
            "200": ResponseSpec("json", models.DeletedResponse),
            "default": ResponseSpec("json", models.ErrorResponse),
        },
        security=[["BearerAuth"]],
    )


def test_workspace_notification_destination_config(
    *, body: models.WorkspaceNotificationDestinationTestRequest
) -> Endpoint[models.WorkspaceNotificationTestResponse]:
    return Endpoint(
        operation="test_workspace_notification_destination_config",
        method="POST",
        path="/notifications/destinations/test",
        body=body,
        body_kind="json",
        media_type="application/json",
        responses={
            "200": ResponseSpec("json", models.WorkspaceNotificationTestResponse),
            "default": ResponseSpec("json", models.ErrorResponse),
        },
        security=[["BearerAuth"]],
    )


def test_workspace_notification_destination(
    id: str,
) -> Endpoint[models.WorkspaceNotificationTestResponse]:
    return Endpoint(
        operation="test_workspace_notification_destination",
        method="POST",
        path="/notifications/destinations/{id}/test",
        path_params={"id": id},
        responses={
            "200": ResponseSpec("json", models.WorkspaceNotificationTestResponse),
            "default": ResponseSpec("json", models.ErrorResponse),
        },
        security=[["BearerAuth"]],
    )


def list_workspace_notification_routes() -> Endpoint[models.WorkspaceNotificationRoutesResponse]:
    return Endpoint(
        operation="list_workspace_notification_routes",
        method="GET",
        path="/notifications/routes",
        responses={
            "200": ResponseSpec("json", models.WorkspaceNotificationRoutesResponse),
            "default": ResponseSpec("json", models.ErrorResponse),
        },
        security=[["BearerAuth"]],
    )


def update_workspace_notification_route(
    event_kind: models.WorkspaceNotificationEventKind,
    *,
    body: models.WorkspaceNotificationRouteUpdateRequest,
) -> Endpoint[models.WorkspaceNotificationRouteResponse]:
    return Endpoint(
        operation="update_workspace_notification_route",
        method="PUT",
        path="/notifications/routes/{eventKind}",
        path_params={"eventKind": event_kind},
        body=body,
        body_kind="json",
        media_type="application/json",
        responses={
            "200": ResponseSpec("json", models.WorkspaceNotificationRouteResponse),
            "default": ResponseSpec("json", models.ErrorResponse),
        },
        security=[["BearerAuth"]],
    )


def get_data_contribution_settings() -> Endpoint[models.DataContributionOverviewResponse]:
    return Endpoint(
        operation="get_data_contribution_settings",
        method="GET",
        path="/data-contribution",
        responses={
            "200": ResponseSpec("json", models.DataContributionOverviewResponse),
            "default": ResponseSpec("json", models.ErrorResponse),
        },
        security=[["BearerAuth"]],
    )


def update_data_contribution_consent(
    *, body: models.DataContributionConsentRequest
) -> Endpoint[models.DataContributionConsentResponse]:
    return Endpoint(
        operation="update_data_contribution_consent",
        method="PATCH",
        path="/data-contribution/consent",
        body=body,
        body_kind="json",
        media_type="application/json",
        responses={
            "200": ResponseSpec("json", models.DataContributionConsentResponse),
            "default": ResponseSpec("json", models.ErrorResponse),
        },
        security=[["BearerAuth"]],
    )


def create_data_contribution_classifier(
    *, body: models.DataContributionClassifierCreateRequest
) -> Endpoint[models.DataContributionClassifierResponse]:
    return Endpoint(
        operation="create_data_contribution_classifier",
        method="POST",
        path="/data-contribution/classifiers",
        body=body,
        body_kind="json",
        media_type="application/json",
        responses={
            "201": ResponseSpec("json", models.DataContributionClassifierResponse),
            "default": ResponseSpec("json", models.ErrorResponse),
        },
        security=[["BearerAuth"]],
    )


def delete_data_contribution_classifier(
    id: str,
) -> Endpoint[models.DataContributionClassifierDeleteResponse]:
    return Endpoint(
        operation="delete_data_contribution_classifier",
        method="DELETE",
        path="/data-contribution/classifiers/{id}",
        path_params={"id": id},
        responses={
            "200": ResponseSpec("json", models.DataContributionClassifierDeleteResponse),
            "default": ResponseSpec("json", models.ErrorResponse),
        },
        security=[["BearerAuth"]],
    )


def update_data_contribution_classifier(
    id: str, *, body: models.DataContributionClassifierInput
) -> Endpoint[models.DataContributionClassifierResponse]:
    return Endpoint(
        operation="update_data_contribution_classifier",
        method="PATCH",
        path="/data-contribution/classifiers/{id}",
        path_params={"id": id},
        body=body,
        body_kind="json",
        media_type="application/json",
        responses={
            "200": ResponseSpec("json", models.DataContributionClassifierResponse),
            "default": ResponseSpec("json", models.ErrorResponse),
        },
        security=[["BearerAuth"]],
    )


def list_oauth_clients() -> Endpoint[models.OAuthClientListResponse]:
    return Endpoint(
        operation="list_oauth_clients",
        method="GET",
        path="/oauth-clients",
        responses={
            "200": ResponseSpec("json", models.OAuthClientListResponse),
            "default": ResponseSpec("json", models.ErrorResponse),
        },
        security=[["BearerAuth"]],
    )


def create_oauth_client(
    *, body: models.OAuthClientCreateRequest
) -> Endpoint[models.OAuthClientCreateResponse]:
    return Endpoint(
        operation="create_oauth_client",
        method="POST",
        path="/oauth-clients",
        body=body,
        body_kind="json",
        media_type="application/json",
        responses={
            "201": ResponseSpec("json", models.OAuthClientCreateResponse),
            "default": ResponseSpec("json", models.ErrorResponse),
        },
        security=[["BearerAuth"]],
    )


def get_oauth_client(client_id: str) -> Endpoint[models.OAuthClient]:
    return Endpoint(
        operation="get_oauth_client",
        method="GET",
        path="/oauth-clients/{client_id}",
        path_params={"client_id": client_id},
        responses={
            "200": ResponseSpec("json", models.OAuthClient),
            "default": ResponseSpec("json", models.ErrorResponse),
        },
        security=[["BearerAuth"]],
    )


def delete_oauth_client(client_id: str) -> Endpoint[models.OAuthClientDeleteResponse]:
    return Endpoint(
        operation="delete_oauth_client",
        method="DELETE",
        path="/oauth-clients/{client_id}",
        path_params={"client_id": client_id},
        responses={
            "200": ResponseSpec("json", models.OAuthClientDeleteResponse),
            "default": ResponseSpec("json", models.ErrorResponse),
        },
        security=[["BearerAuth"]],
    )


def update_oauth_client(
    client_id: str, *, body: models.OAuthClientInput
) -> Endpoint[models.OAuthClient]:
    return Endpoint(
        operation="update_oauth_client",
        method="PATCH",
        path="/oauth-clients/{client_id}",
        path_params={"client_id": client_id},
        body=body,
        body_kind="json",
        media_type="application/json",
        responses={
            "200": ResponseSpec("json", models.OAuthClient),
            "default": ResponseSpec("json", models.ErrorResponse),
        },
        security=[["BearerAuth"]],
    )


def regenerate_oauth_client_secret(client_id: str) -> Endpoint[models.OAuthClientSecretResponse]:
    return Endpoint(
        operation="regenerate_oauth_client_secret",
        method="POST",
        path="/oauth-clients/{client_id}/regenerate-secret",
        path_params={"client_id": client_id},
        responses={
            "200": ResponseSpec("json", models.OAuthClientSecretResponse),
            "default": ResponseSpec("json", models.ErrorResponse),
        },
        security=[["BearerAuth"]],
    )


def list_webhook_endpoints(
    *, offset: int | None = None, limit: int | None = None, include_deleted: bool | None = None
) -> Endpoint[models.WebhookEndpointListResponse]:
    return Endpoint(
        operation="list_webhook_endpoints",
        method="GET",
        path="/webhook-endpoints",
        query={"offset": offset, "limit": limit, "include_deleted": include_deleted},
        responses={
            "200": ResponseSpec("json", models.WebhookEndpointListResponse),
            "default": ResponseSpec("json", models.ErrorResponse),
        },
        security=[["BearerAuth"]],
    )


def create_webhook_endpoint(
    *, body: models.WebhookEndpointCreateRequest
) -> Endpoint[models.WebhookEndpointSecretResponse]:
    return Endpoint(
        operation="create_webhook_endpoint",
        method="POST",
        path="/webhook-endpoints",
        body=body,
        body_kind="json",
        media_type="application/json",
        responses={
            "201": ResponseSpec("json", models.WebhookEndpointSecretResponse),
            "default": ResponseSpec("json", models.ErrorResponse),
        },
        security=[["BearerAuth"]],
    )


def get_webhook_endpoint(id: str) -> Endpoint[models.WebhookEndpoint]:
    return Endpoint(
        operation="get_webhook_endpoint",
        method="GET",
        path="/webhook-endpoints/{id}",
        path_params={"id": id},
        responses={
            "200": ResponseSpec("json", models.WebhookEndpoint),
            "default": ResponseSpec("json", models.ErrorResponse),
        },
        security=[["BearerAuth"]],
    )


def delete_webhook_endpoint(id: str) -> Endpoint[models.WebhookEndpointDeleteResponse]:
    return Endpoint(
        operation="delete_webhook_endpoint",
        method="DELETE",
        path="/webhook-endpoints/{id}",
        path_params={"id": id},
        responses={
            "200": ResponseSpec("json", models.WebhookEndpointDeleteResponse),
            "default": ResponseSpec("json", models.ErrorResponse),
        },
        security=[["BearerAuth"]],
    )


def update_webhook_endpoint(
    id: str, *, body: models.WebhookEndpointUpdateRequest
) -> Endpoint[models.WebhookEndpoint]:
    return Endpoint(
        operation="update_webhook_endpoint",
        method="PATCH",
        path="/webhook-endpoints/{id}",
        path_params={"id": id},
        body=body,
        body_kind="json",
        media_type="application/json",
        responses={
            "200": ResponseSpec("json", models.WebhookEndpoint),
            "default": ResponseSpec("json", models.ErrorResponse),
        },
        security=[["BearerAuth"]],
    )


def rotate_webhook_endpoint_secret(id: str) -> Endpoint[models.WebhookEndpointSecretResponse]:
    return Endpoint(
        operation="rotate_webhook_endpoint_secret",
        method="POST",
        path="/webhook-endpoints/{id}/rotate-secret",
        path_params={"id": id},
        responses={
            "200": ResponseSpec("json", models.WebhookEndpointSecretResponse),
            "default": ResponseSpec("json", models.ErrorResponse),
        },
        security=[["BearerAuth"]],
    )


def list_guardrails(
    *, offset: int | None = None, limit: int | None = None
) -> Endpoint[models.GuardrailListResponse]:
    return Endpoint(
        operation="list_guardrails",
        method="GET",
        path="/guardrails",
        query={"offset": offset, "limit": limit},
        responses={
            "200": ResponseSpec("json", models.GuardrailListResponse),
            "default": ResponseSpec("json", models.ErrorResponse),
        },
        security=[["BearerAuth"]],
    )


def create_guardrail(*, body: models.GuardrailCreateRequest) -> Endpoint[models.GuardrailResponse]:
    return Endpoint(
        operation="create_guardrail",
        method="POST",
        path="/guardrails",
        body=body,
        body_kind="json",
        media_type="application/json",
        responses={
            "201": ResponseSpec("json", models.GuardrailResponse),
            "default": ResponseSpec("json", models.ErrorResponse),
        },
        security=[["BearerAuth"]],
    )


def get_guardrail(id: str) -> Endpoint[models.GuardrailDetailResponse]:
    return Endpoint(
        operation="get_guardrail",
        method="GET",
        path="/guardrails/{id}",
        path_params={"id": id},
        responses={
            "200": ResponseSpec("json", models.GuardrailDetailResponse),
            "default": ResponseSpec("json", models.ErrorResponse),
        },
        security=[["BearerAuth"]],
    )


def delete_guardrail(id: str) -> Endpoint[models.GuardrailDeleteResponse]:
    return Endpoint(
        operation="delete_guardrail",
        method="DELETE",
        path="/guardrails/{id}",
        path_params={"id": id},
        responses={
            "200": ResponseSpec("json", models.GuardrailDeleteResponse),
            "default": ResponseSpec("json", models.ErrorResponse),
        },
        security=[["BearerAuth"]],
    )


def update_guardrail(
    id: str, *, body: models.GuardrailPolicyInput
) -> Endpoint[models.GuardrailResponse]:
    return Endpoint(
        operation="update_guardrail",
        method="PATCH",
        path="/guardrails/{id}",
        path_params={"id": id},
        body=body,
        body_kind="json",
        media_type="application/json",
        responses={
            "200": ResponseSpec("json", models.GuardrailResponse),
            "default": ResponseSpec("json", models.ErrorResponse),
        },
        security=[["BearerAuth"]],
    )


def list_guardrail_keys(id: str) -> Endpoint[models.GuardrailKeyListResponse]:
    return Endpoint(
        operation="list_guardrail_keys",
        method="GET",
        path="/guardrails/{id}/keys",
        path_params={"id": id},
        responses={
            "200": ResponseSpec("json", models.GuardrailKeyListResponse),
            "default": ResponseSpec("json", models.ErrorResponse),
        },
        security=[["BearerAuth"]],
    )


def replace_guardrail_keys(
    id: str, *, body: models.GuardrailKeyIdsReplaceRequest
) -> Endpoint[models.GuardrailKeySetResponse]:
    return Endpoint(
        operation="replace_guardrail_keys",
        method="PUT",
        path="/guardrails/{id}/keys",
        path_params={"id": id},
        body=body,
        body_kind="json",
        media_type="application/json",
        responses={
            "200": ResponseSpec("json", models.GuardrailKeySetResponse),
            "default": ResponseSpec("json", models.ErrorResponse),
        },
        security=[["BearerAuth"]],
    )


def add_guardrail_keys(
    id: str, *, body: models.GuardrailKeyIdsRequest
) -> Endpoint[models.GuardrailKeyAddResponse]:
    return Endpoint(
        operation="add_guardrail_keys",
        method="POST",
        path="/guardrails/{id}/keys/add",
        path_params={"id": id},
        body=body,
        body_kind="json",
        media_type="application/json",
        responses={
            "200": ResponseSpec("json", models.GuardrailKeyAddResponse),
            "default": ResponseSpec("json", models.ErrorResponse),
        },
        security=[["BearerAuth"]],
    )


def remove_guardrail_keys(
    id: str, *, body: models.GuardrailKeyIdsRequest
) -> Endpoint[models.GuardrailRemoveResponse]:
    return Endpoint(
        operation="remove_guardrail_keys",
        method="POST",
        path="/guardrails/{id}/keys/remove",
        path_params={"id": id},
        body=body,
        body_kind="json",
        media_type="application/json",
        responses={
            "200": ResponseSpec("json", models.GuardrailRemoveResponse),
            "default": ResponseSpec("json", models.ErrorResponse),
        },
        security=[["BearerAuth"]],
    )


def list_guardrail_members(id: str) -> Endpoint[models.GuardrailMemberListResponse]:
    return Endpoint(
        operation="list_guardrail_members",
        method="GET",
        path="/guardrails/{id}/members",
        path_params={"id": id},
        responses={
            "200": ResponseSpec("json", models.GuardrailMemberListResponse),
            "default": ResponseSpec("json", models.ErrorResponse),
        },
        security=[["BearerAuth"]],
    )


def add_guardrail_members(
    id: str, *, body: models.GuardrailUserIdsRequest
) -> Endpoint[models.GuardrailMemberAddResponse]:
    return Endpoint(
        operation="add_guardrail_members",
        method="POST",
        path="/guardrails/{id}/members/add",
        path_params={"id": id},
        body=body,
        body_kind="json",
        media_type="application/json",
        responses={
            "200": ResponseSpec("json", models.GuardrailMemberAddResponse),
            "default": ResponseSpec("json", models.ErrorResponse),
        },
        security=[["BearerAuth"]],
    )


def remove_guardrail_members(
    id: str, *, body: models.GuardrailUserIdsRequest
) -> Endpoint[models.GuardrailRemoveResponse]:
    return Endpoint(
        operation="remove_guardrail_members",
        method="POST",
        path="/guardrails/{id}/members/remove",
        path_params={"id": id},
        body=body,
        body_kind="json",
        media_type="application/json",
        responses={
            "200": ResponseSpec("json", models.GuardrailRemoveResponse),
            "default": ResponseSpec("json", models.ErrorResponse),
        },
        security=[["BearerAuth"]],
    )


def list_management_keys(
    *, offset: int | None = None, limit: int | None = None
) -> Endpoint[models.ManagementKeyCollectionResponse]:
    return Endpoint(
        operation="list_management_keys",
        method="GET",
        path="/management-keys",
        query={"offset": offset, "limit": limit},
        responses={
            "200": ResponseSpec("json", models.ManagementKeyCollectionResponse),
            "401": ResponseSpec("json", models.ErrorResponse),
            "403": ResponseSpec("json", models.ErrorResponse),
        },
        security=[["BearerAuth"]],
    )


def create_management_key(
    *, body: models.ManagementKeyRuntimeCreateRequest
) -> Endpoint[models.ManagementKeyRuntimeCreateResponse]:
    return Endpoint(
        operation="create_management_key",
        method="POST",
        path="/management-keys",
        body=body,
        body_kind="json",
        media_type="application/json",
        responses={
            "201": ResponseSpec("json", models.ManagementKeyRuntimeCreateResponse),
            "400": ResponseSpec("json", models.ErrorResponse),
            "401": ResponseSpec("json", models.ErrorResponse),
            "403": ResponseSpec("json", models.ErrorResponse),
        },
        security=[["BearerAuth"]],
    )


def get_management_key(id: str) -> Endpoint[models.ManagementKeyRuntimeResponse]:
    return Endpoint(
        operation="get_management_key",
        method="GET",
        path="/management-keys/{id}",
        path_params={"id": id},
        responses={
            "200": ResponseSpec("json", models.ManagementKeyRuntimeResponse),
            "401": ResponseSpec("json", models.ErrorResponse),
            "403": ResponseSpec("json", models.ErrorResponse),
            "404": ResponseSpec("json", models.ErrorResponse),
        },
        security=[["BearerAuth"]],
    )


def delete_management_key(id: str) -> Endpoint[models.ManagementKeyRuntimeDeleteResponse]:
    return Endpoint(
        operation="delete_management_key",
        method="DELETE",
        path="/management-keys/{id}",
        path_params={"id": id},
        responses={
            "200": ResponseSpec("json", models.ManagementKeyRuntimeDeleteResponse),
            "401": ResponseSpec("json", models.ErrorResponse),
            "403": ResponseSpec("json", models.ErrorResponse),
            "404": ResponseSpec("json", models.ErrorResponse),
        },
        security=[["BearerAuth"]],
    )


def update_management_key(
    id: str, *, body: models.ManagementKeyRuntimeUpdateRequest
) -> Endpoint[models.ManagementKeyRuntimeResponse]:
    return Endpoint(
        operation="update_management_key",
        method="PATCH",
        path="/management-keys/{id}",
        path_params={"id": id},
        body=body,
        body_kind="json",
        media_type="application/json",
        responses={
            "200": ResponseSpec("json", models.ManagementKeyRuntimeResponse),
            "400": ResponseSpec("json", models.ErrorResponse),
            "401": ResponseSpec("json", models.ErrorResponse),
            "403": ResponseSpec("json", models.ErrorResponse),
            "404": ResponseSpec("json", models.ErrorResponse),
        },
        security=[["BearerAuth"]],
    )


def get_activity(
    *,
    workspace_id: str | None = None,
    days: int | None = None,
    limit: int | None = None,
    offset: int | None = None,
) -> Endpoint[models.WorkspaceActivityResponse]:
    return Endpoint(
        operation="get_activity",
        method="GET",
        path="/activity",
        query={"workspace_id": workspace_id, "days": days, "limit": limit, "offset": offset},
        responses={
            "200": ResponseSpec("json", models.WorkspaceActivityResponse),
            "400": ResponseSpec("json", models.ErrorResponse),
            "401": ResponseSpec("json", models.ErrorResponse),
            "403": ResponseSpec("json", models.ErrorResponse),
            "500": ResponseSpec("json", models.ErrorResponse),
        },
        security=[["BearerAuth"]],
    )


def list_workspace_audit_events(
    *,
    limit: int | None = None,
    cursor: str | None = None,
    action: str | None = None,
    target_type: str | None = None,
) -> Endpoint[models.WorkspaceAuditEventListResponse]:
    return Endpoint(
        operation="list_workspace_audit_events",
        method="GET",
        path="/audit-events",
        query={"limit": limit, "cursor": cursor, "action": action, "target_type": target_type},
        responses={
            "200": ResponseSpec("json", models.WorkspaceAuditEventListResponse),
            "400": ResponseSpec("json", models.ErrorResponse),
            "401": ResponseSpec("json", models.ErrorResponse),
            "403": ResponseSpec("json", models.ErrorResponse),
            "500": ResponseSpec("json", models.ErrorResponse),
        },
        security=[["BearerAuth"]],
    )


def list_workspaces(
    *, offset: int | None = None, limit: int | None = None
) -> Endpoint[models.WorkspaceListResponse]:
    return Endpoint(
        operation="list_workspaces",
        method="GET",
        path="/workspaces",
        query={"offset": offset, "limit": limit},
        responses={
            "200": ResponseSpec("json", models.WorkspaceListResponse),
            "401": ResponseSpec("json", models.ErrorResponse),
            "500": ResponseSpec("json", models.ErrorResponse),
        },
        security=[["BearerAuth"]],
    )


def create_workspace(*, body: models.WorkspaceCreateRequest) -> Endpoint[models.WorkspaceResponse]:
    return Endpoint(
        operation="create_workspace",
        method="POST",
        path="/workspaces",
        body=body,
        body_kind="json",
        media_type="application/json",
        responses={
            "201": ResponseSpec("json", models.WorkspaceResponse),
            "400": ResponseSpec("json", models.ErrorResponse),
            "401": ResponseSpec("json", models.ErrorResponse),
            "500": ResponseSpec("json", models.ErrorResponse),
        },
        security=[["BearerAuth"]],
    )


def get_workspace(id: str) -> Endpoint[models.WorkspaceResponse]:
    return Endpoint(
        operation="get_workspace",
        method="GET",
        path="/workspaces/{id}",
        path_params={"id": id},
        responses={
            "200": ResponseSpec("json", models.WorkspaceResponse),
            "401": ResponseSpec("json", models.ErrorResponse),
            "404": ResponseSpec("json", models.ErrorResponse),
            "500": ResponseSpec("json", models.ErrorResponse),
        },
        security=[["BearerAuth"]],
    )


def delete_workspace(id: str) -> Endpoint[models.DeletedResponse]:
    return Endpoint(
        operation="delete_workspace",
        method="DELETE",
        path="/workspaces/{id}",
        path_params={"id": id},
        responses={
            "200": ResponseSpec("json", models.DeletedResponse),
            "400": ResponseSpec("json", models.ErrorResponse),
            "401": ResponseSpec("json", models.ErrorResponse),
            "404": ResponseSpec("json", models.ErrorResponse),
            "500": ResponseSpec("json", models.ErrorResponse),
        },
        security=[["BearerAuth"]],
    )


def update_workspace(
    id: str, *, body: models.WorkspaceUpdateRequest
) -> Endpoint[models.WorkspaceResponse]:
    return Endpoint(
        operation="update_workspace",
        method="PATCH",
        path="/workspaces/{id}",
        path_params={"id": id},
        body=body,
        body_kind="json",
        media_type="application/json",
        responses={
            "200": ResponseSpec("json", models.WorkspaceResponse),
            "400": ResponseSpec("json", models.ErrorResponse),
            "401": ResponseSpec("json", models.ErrorResponse),
            "404": ResponseSpec("json", models.ErrorResponse),
            "500": ResponseSpec("json", models.ErrorResponse),
        },
        security=[["BearerAuth"]],
    )


def list_workspace_members(
    id: str, *, offset: int | None = None, limit: int | None = None
) -> Endpoint[models.WorkspaceMemberListResponse]:
    return Endpoint(
        operation="list_workspace_members",
        method="GET",
        path="/workspaces/{id}/members",
        path_params={"id": id},
        query={"offset": offset, "limit": limit},
        responses={
            "200": ResponseSpec("json", models.WorkspaceMemberListResponse),
            "401": ResponseSpec("json", models.ErrorResponse),
            "404": ResponseSpec("json", models.ErrorResponse),
        },
        security=[["BearerAuth"]],
    )


def add_workspace_members(
    id: str, *, body: models.WorkspaceMemberBulkRequest
) -> Endpoint[models.WorkspaceMemberAddResponse]:
    return Endpoint(
        operation="add_workspace_members",
        method="POST",
        path="/workspaces/{id}/members/add",
        path_params={"id": id},
        body=body,
        body_kind="json",
        media_type="application/json",
        responses={
            "200": ResponseSpec("json", models.WorkspaceMemberAddResponse),
            "400": ResponseSpec("json", models.ErrorResponse),
            "401": ResponseSpec("json", models.ErrorResponse),
            "404": ResponseSpec("json", models.ErrorResponse),
        },
        security=[["BearerAuth"]],
    )


def remove_workspace_members(
    id: str, *, body: models.WorkspaceMemberRemoveRequest
) -> Endpoint[models.WorkspaceMemberRemoveResponse]:
    return Endpoint(
        operation="remove_workspace_members",
        method="POST",
        path="/workspaces/{id}/members/remove",
        path_params={"id": id},
        body=body,
        body_kind="json",
        media_type="application/json",
        responses={
            "200": ResponseSpec("json", models.WorkspaceMemberRemoveResponse),
            "400": ResponseSpec("json", models.ErrorResponse),
            "401": ResponseSpec("json", models.ErrorResponse),
            "404": ResponseSpec("json", models.ErrorResponse),
        },
        security=[["BearerAuth"]],
    )


def update_workspace_member_role(
    id: str, user_id: str, *, body: models.WorkspaceMemberRoleUpdateRequest
) -> Endpoint[models.WorkspaceMemberResponse]:
    return Endpoint(
        operation="update_workspace_member_role",
        method="PATCH",
        path="/workspaces/{id}/members/{user_id}",
        path_params={"id": id, "user_id": user_id},
        body=body,
        body_kind="json",
        media_type="application/json",
        responses={
            "200": ResponseSpec("json", models.WorkspaceMemberResponse),
            "400": ResponseSpec("json", models.ErrorResponse),
            "401": ResponseSpec("json", models.ErrorResponse),
            "404": ResponseSpec("json", models.ErrorResponse),
            "409": ResponseSpec("json", models.ErrorResponse),
        },
        security=[["BearerAuth"]],
    )


def list_workspace_invites(
    id: str, *, offset: int | None = None, limit: int | None = None
) -> Endpoint[models.WorkspaceInviteListResponse]:
    return Endpoint(
        operation="list_workspace_invites",
        method="GET",
        path="/workspaces/{id}/invites",
        path_params={"id": id},
        query={"offset": offset, "limit": limit},
        responses={
            "200": ResponseSpec("json", models.WorkspaceInviteListResponse),
            "401": ResponseSpec("json", models.ErrorResponse),
            "404": ResponseSpec("json", models.ErrorResponse),
        },
        security=[["BearerAuth"]],
    )


def create_workspace_invite(
    id: str, *, body: models.WorkspaceInviteCreateRequest
) -> Endpoint[models.WorkspaceInviteCreateResponse]:
    return Endpoint(
        operation="create_workspace_invite",
        method="POST",
        path="/workspaces/{id}/invites",
        path_params={"id": id},
        body=body,
        body_kind="json",
        media_type="application/json",
        responses={
            "201": ResponseSpec("json", models.WorkspaceInviteCreateResponse),
            "400": ResponseSpec("json", models.ErrorResponse),
            "401": ResponseSpec("json", models.ErrorResponse),
            "404": ResponseSpec("json", models.ErrorResponse),
        },
        security=[["BearerAuth"]],
    )


def delete_workspace_invite(id: str, invite_id: str) -> Endpoint[models.DeletedResponse]:
    return Endpoint(
        operation="delete_workspace_invite",
        method="DELETE",
        path="/workspaces/{id}/invites/{invite_id}",
        path_params={"id": id, "invite_id": invite_id},
        responses={
            "200": ResponseSpec("json", models.DeletedResponse),
            "401": ResponseSpec("json", models.ErrorResponse),
            "404": ResponseSpec("json", models.ErrorResponse),
        },
        security=[["BearerAuth"]],
    )


def list_workspace_join_requests(
    id: str,
    *,
    offset: int | None = None,
    limit: int | None = None,
    status: models.WorkspaceJoinRequestStatus | None = None,
) -> Endpoint[models.WorkspaceJoinRequestListResponse]:
    return Endpoint(
        operation="list_workspace_join_requests",
        method="GET",
        path="/workspaces/{id}/join-requests",
        path_params={"id": id},
        query={"offset": offset, "limit": limit, "status": status},
        responses={
            "200": ResponseSpec("json", models.WorkspaceJoinRequestListResponse),
            "400": ResponseSpec("json", models.ErrorResponse),
            "401": ResponseSpec("json", models.ErrorResponse),
            "404": ResponseSpec("json", models.ErrorResponse),
        },
        security=[["BearerAuth"]],
    )


def approve_workspace_join_request(
    id: str, request_id: str
) -> Endpoint[models.WorkspaceJoinRequestResponse]:
    return Endpoint(
        operation="approve_workspace_join_request",
        method="POST",
        path="/workspaces/{id}/join-requests/{request_id}/approve",
        path_params={"id": id, "request_id": request_id},
        responses={
            "200": ResponseSpec("json", models.WorkspaceJoinRequestResponse),
            "401": ResponseSpec("json", models.ErrorResponse),
            "404": ResponseSpec("json", models.ErrorResponse),
            "409": ResponseSpec("json", models.ErrorResponse),
        },
        security=[["BearerAuth"]],
    )


def reject_workspace_join_request(
    id: str, request_id: str
) -> Endpoint[models.WorkspaceJoinRequestResponse]:
    return Endpoint(
        operation="reject_workspace_join_request",
        method="POST",
        path="/workspaces/{id}/join-requests/{request_id}/reject",
        path_params={"id": id, "request_id": request_id},
        responses={
            "200": ResponseSpec("json", models.WorkspaceJoinRequestResponse),
            "401": ResponseSpec("json", models.ErrorResponse),
            "404": ResponseSpec("json", models.ErrorResponse),
            "409": ResponseSpec("json", models.ErrorResponse),
        },
        security=[["BearerAuth"]],
    )


def get_observability_logging_policy() -> Endpoint[models.ObservabilityLoggingPolicyResponse]:
    return Endpoint(
        operation="get_observability_logging_policy",
        method="GET",
        path="/observability/logging-policy",
        responses={
            "200": ResponseSpec("json", models.ObservabilityLoggingPolicyResponse),
            "401": ResponseSpec("json", models.ErrorResponse),
        },
        security=[["BearerAuth"]],
    )


def update_observability_logging_policy(
    *, body: models.ObservabilityLoggingPolicyUpdateRequest
) -> Endpoint[models.ObservabilityLoggingPolicyResponse]:
    return Endpoint(
        operation="update_observability_logging_policy",
        method="PATCH",
        path="/observability/logging-policy",
        body=body,
        body_kind="json",
        media_type="application/json",
        responses={
            "200": ResponseSpec("json", models.ObservabilityLoggingPolicyResponse),
            "400": ResponseSpec("json", models.ErrorResponse),
            "401": ResponseSpec("json", models.ErrorResponse),
        },
        security=[["BearerAuth"]],
    )


def list_observability_destinations(
    *, offset: int | None = None, limit: int | None = None
) -> Endpoint[models.ObservabilityDestinationListResponse]:
    return Endpoint(
        operation="list_observability_destinations",
        method="GET",
        path="/observability/destinations",
        query={"offset": offset, "limit": limit},
        responses={
            "200": ResponseSpec("json", models.ObservabilityDestinationListResponse),
            "400": ResponseSpec("json", models.ErrorResponse),
            "401": ResponseSpec("json", models.ErrorResponse),
        },
        security=[["BearerAuth"]],
    )


def create_observability_destination(
    *, body: models.ObservabilityDestinationCreateRequest
) -> Endpoint[models.ObservabilityDestinationResponse]:
    return Endpoint(
        operation="create_observability_destination",
        method="POST",
        path="/observability/destinations",
        body=body,
        body_kind="json",
        media_type="application/json",
        responses={
            "201": ResponseSpec("json", models.ObservabilityDestinationResponse),
            "400": ResponseSpec("json", models.ErrorResponse),
            "401": ResponseSpec("json", models.ErrorResponse),
            "500": ResponseSpec("json", models.ErrorResponse),
        },
        security=[["BearerAuth"]],
    )


def get_observability_destination(id: str) -> Endpoint[models.ObservabilityDestinationResponse]:
    return Endpoint(
        operation="get_observability_destination",
        method="GET",
        path="/observability/destinations/{id}",
        path_params={"id": id},
        responses={
            "200": ResponseSpec("json", models.ObservabilityDestinationResponse),
            "401": ResponseSpec("json", models.ErrorResponse),
            "404": ResponseSpec("json", models.ErrorResponse),
        },
        security=[["BearerAuth"]],
    )


def delete_observability_destination(id: str) -> Endpoint[models.DeletedResponse]:
    return Endpoint(
        operation="delete_observability_destination",
        method="DELETE",
        path="/observability/destinations/{id}",
        path_params={"id": id},
        responses={
            "200": ResponseSpec("json", models.DeletedResponse),
            "401": ResponseSpec("json", models.ErrorResponse),
            "404": ResponseSpec("json", models.ErrorResponse),
        },
        security=[["BearerAuth"]],
    )


def update_observability_destination(
    id: str, *, body: models.ObservabilityDestinationUpdateRequest
) -> Endpoint[models.ObservabilityDestinationResponse]:
    return Endpoint(
        operation="update_observability_destination",
        method="PATCH",
        path="/observability/destinations/{id}",
        path_params={"id": id},
        body=body,
        body_kind="json",
        media_type="application/json",
        responses={
            "200": ResponseSpec("json", models.ObservabilityDestinationResponse),
            "400": ResponseSpec("json", models.ErrorResponse),
            "401": ResponseSpec("json", models.ErrorResponse),
            "404": ResponseSpec("json", models.ErrorResponse),
        },
        security=[["BearerAuth"]],
    )


def list_organisations(
    *, limit: int | None = None, offset: int | None = None
) -> Endpoint[models.ListOrganisationsResponse200]:
    return Endpoint(
        operation="list_organisations",
        method="GET",
        path="/organisations",
        query={"limit": limit, "offset": offset},
        responses={
            "200": ResponseSpec("json", models.ListOrganisationsResponse200),
            "500": ResponseSpec("json", models.ErrorResponse),
        },
        security=[["BearerAuth"]],
    )


def list_pricing_models() -> Endpoint[models.ListPricingModelsResponse200]:
    return Endpoint(
        operation="list_pricing_models",
        method="GET",
        path="/pricing/models",
        responses={
            "200": ResponseSpec("json", models.ListPricingModelsResponse200),
            "500": ResponseSpec("json", models.ErrorResponse),
        },
        security=[["BearerAuth"]],
    )


def calculate_pricing(
    *, body: models.CalculatePricingBody
) -> Endpoint[models.CalculatePricingResponse200]:
    return Endpoint(
        operation="calculate_pricing",
        method="POST",
        path="/pricing/calculate",
        body=body,
        body_kind="json",
        media_type="application/json",
        responses={
            "200": ResponseSpec("json", models.CalculatePricingResponse200),
            "400": ResponseSpec("json", models.ErrorResponse),
            "404": ResponseSpec("json", models.ErrorResponse),
            "500": ResponseSpec("json", models.ErrorResponse),
        },
        security=[["BearerAuth"]],
    )


def get_provider_derank_status(
    provider_id: str,
    *,
    window_hours: int | None = None,
    max_pairs: int | None = None,
    fetch_limit: int | None = None,
) -> Endpoint[dict[str, Any]]:
    return Endpoint(
        operation="get_provider_derank_status",
        method="GET",
        path="/health/providers/{provider_id}/derank",
        path_params={"provider_id": provider_id},
        query={"window_hours": window_hours, "max_pairs": max_pairs, "fetch_limit": fetch_limit},
        responses={
            "200": ResponseSpec("json", dict[str, Any]),
            "400": ResponseSpec("json", models.ErrorResponse),
            "403": ResponseSpec("json", models.ErrorResponse),
            "500": ResponseSpec("json", models.ErrorResponse),
            "503": ResponseSpec("json", models.ErrorResponse),
        },
        security=[["BearerAuth"]],
    )


def get_health() -> Endpoint[models.GetHealthResponse200]:
    return Endpoint(
        operation="get_health",
        method="GET",
        path="/health",
        responses={
            "200": ResponseSpec("json", models.GetHealthResponse200),
        },
        security=[["BearerAuth"]],
    )


def generate_music_alias(
    *, body: models.MusicGenerateRequest
) -> Endpoint[models.MusicGenerateResponse]:
    return Endpoint(
        operation="generate_music_alias",
        method="POST",
        path="/music/generations",
        body=body,
        body_kind="json",
        media_type="application/json",
        responses={
            "200": ResponseSpec("json", models.MusicGenerateResponse),
        },
        security=[["BearerAuth"]],
    )


def get_music_generation_alias(music_id: str) -> Endpoint[models.MusicGenerateResponse]:
    return Endpoint(
        operation="get_music_generation_alias",
        method="GET",
        path="/music/generations/{music_id}",
        path_params={"music_id": music_id},
        responses={
            "200": ResponseSpec("json", models.MusicGenerateResponse),
        },
        security=[["BearerAuth"]],
    )


def list_data_models(
    *,
    include_hidden: bool | None = None,
    status: list[str] | None = None,
    organisation: models.OrganisationId | list[models.OrganisationId] | None = None,
    model_id: str | list[str] | None = None,
    id: str | list[str] | None = None,
    limit: int | None = None,
    offset: int | None = None,
    format: models.ListDataModelsFormat | None = None,
    feed: models.ListDataModelsFeed | None = None,
) -> Endpoint[models.ListDataModelsResponse200]:
    return Endpoint(
        operation="list_data_models",
        method="GET",
        path="/data/models",
        query={
            "include_hidden": include_hidden,
            "status": status,
            "organisation": organisation,
            "model_id": model_id,
            "id": id,
            "limit": limit,
            "offset": offset,
            "format": format,
            "feed": feed,
        },
        responses={
            "200": ResponseSpec("json", models.ListDataModelsResponse200),
            "400": ResponseSpec("json", models.InvalidRequestResponse),
            "500": ResponseSpec("json", models.ListDataModelsResponse500),
        },
        security=[["BearerAuth"]],
    )


def list_presets(
    *,
    offset: int | None = None,
    limit: int | None = None,
    visibility: models.PresetVisibility | None = None,
) -> Endpoint[models.PresetListResponse]:
    return Endpoint(
        operation="list_presets",
        method="GET",
        path="/presets",
        query={"offset": offset, "limit": limit, "visibility": visibility},
        responses={
            "200": ResponseSpec("json", models.PresetListResponse),
            "401": ResponseSpec("json", models.ErrorResponse),
        },
        security=[["BearerAuth"]],
    )


def create_preset(*, body: models.PresetCreateRequest) -> Endpoint[models.PresetCreateResponse]:
    return Endpoint(
        operation="create_preset",
        method="POST",
        path="/presets",
        body=body,
        body_kind="json",
        media_type="application/json",
        responses={
            "201": ResponseSpec("json", models.PresetCreateResponse),
            "400": ResponseSpec("json", models.ErrorResponse),
            "409": ResponseSpec("json", models.ErrorResponse),
        },
        security=[["BearerAuth"]],
    )


def get_preset_publisher() -> Endpoint[models.PresetPublisherResponse]:
    return Endpoint(
        operation="get_preset_publisher",
        method="GET",
        path="/presets/publisher",
        responses={
            "200": ResponseSpec("json", models.PresetPublisherResponse),
        },
        security=[["BearerAuth"]],
    )


def update_preset_publisher(
    *, body: models.PresetPublisherUpdateRequest
) -> Endpoint[models.PresetPublisherResponse]:
    return Endpoint(
        operation="update_preset_publisher",
        method="PUT",
        path="/presets/publisher",
        body=body,
        body_kind="json",
        media_type="application/json",
        responses={
            "200": ResponseSpec("json", models.PresetPublisherResponse),
            "400": ResponseSpec("json", models.ErrorResponse),
            "409": ResponseSpec("json", models.ErrorResponse),
        },
        security=[["BearerAuth"]],
    )


def get_preset(id: str) -> Endpoint[models.PresetResponse]:
    return Endpoint(
        operation="get_preset",
        method="GET",
        path="/presets/{id}",
        path_params={"id": id},
        responses={
            "200": ResponseSpec("json", models.PresetResponse),
            "404": ResponseSpec("json", models.ErrorResponse),
        },
        security=[["BearerAuth"]],
    )


def delete_preset(id: str, *, confirm_name: str | None = None) -> Endpoint[models.DeletedResponse]:
    return Endpoint(
        operation="delete_preset",
        method="DELETE",
        path="/presets/{id}",
        path_params={"id": id},
        query={"confirm_name": confirm_name},
        responses={
            "200": ResponseSpec("json", models.DeletedResponse),
            "404": ResponseSpec("json", models.ErrorResponse),
            "409": ResponseSpec("json", models.ErrorResponse),
        },
        security=[["BearerAuth"]],
    )


def update_preset(id: str, *, body: models.PresetUpdateRequest) -> Endpoint[models.PresetResponse]:
    return Endpoint(
        operation="update_preset",
        method="PATCH",
        path="/presets/{id}",
        path_params={"id": id},
        body=body,
        body_kind="json",
        media_type="application/json",
        responses={
            "200": ResponseSpec("json", models.PresetResponse),
            "400": ResponseSpec("json", models.ErrorResponse),
            "404": ResponseSpec("json", models.ErrorResponse),
            "409": ResponseSpec("json", models.ErrorResponse),
        },
        security=[["BearerAuth"]],
    )


def list_preset_versions(id: str) -> Endpoint[models.PresetVersionListResponse]:
    return Endpoint(
        operation="list_preset_versions",
        method="GET",
        path="/presets/{id}/versions",
        path_params={"id": id},
        responses={
            "200": ResponseSpec("json", models.PresetVersionListResponse),
            "404": ResponseSpec("json", models.ErrorResponse),
        },
        security=[["BearerAuth"]],
    )


def publish_preset_version(
    id: str, *, body: models.PresetVersionPublishRequest | None = None
) -> Endpoint[models.PresetVersionResponse]:
    return Endpoint(
        operation="publish_preset_version",
        method="POST",
        path="/presets/{id}/versions",
        path_params={"id": id},
        body=body,
        body_kind="json",
        media_type="application/json",
        responses={
            "201": ResponseSpec("json", models.PresetVersionResponse),
            "400": ResponseSpec("json", models.ErrorResponse),
            "404": ResponseSpec("json", models.ErrorResponse),
            "409": ResponseSpec("json", models.ErrorResponse),
        },
        security=[["BearerAuth"]],
    )


def fork_preset(
    id: str, *, body: models.PresetForkRequest | None = None
) -> Endpoint[models.PresetResponse]:
    return Endpoint(
        operation="fork_preset",
        method="POST",
        path="/presets/{id}/fork",
        path_params={"id": id},
        body=body,
        body_kind="json",
        media_type="application/json",
        responses={
            "201": ResponseSpec("json", models.PresetResponse),
            "400": ResponseSpec("json", models.ErrorResponse),
            "404": ResponseSpec("json", models.ErrorResponse),
            "409": ResponseSpec("json", models.ErrorResponse),
        },
        security=[["BearerAuth"]],
    )


def apply_preset_upstream_version(
    id: str, *, body: models.PresetUpstreamApplyRequest
) -> Endpoint[models.PresetUpstreamApplyResponse]:
    return Endpoint(
        operation="apply_preset_upstream_version",
        method="POST",
        path="/presets/{id}/upstream",
        path_params={"id": id},
        body=body,
        body_kind="json",
        media_type="application/json",
        responses={
            "200": ResponseSpec("json", models.PresetUpstreamApplyResponse),
            "400": ResponseSpec("json", models.ErrorResponse),
            "404": ResponseSpec("json", models.ErrorResponse),
            "409": ResponseSpec("json", models.ErrorResponse),
        },
        security=[["BearerAuth"]],
    )


def get_workspace_settings() -> Endpoint[models.WorkspaceSettingsResponse]:
    return Endpoint(
        operation="get_workspace_settings",
        method="GET",
        path="/settings",
        responses={
            "200": ResponseSpec("json", models.WorkspaceSettingsResponse),
            "401": ResponseSpec("json", models.ErrorResponse),
        },
        security=[["BearerAuth"]],
    )


def update_workspace_settings(
    *, body: models.WorkspaceSettingsUpdateRequest
) -> Endpoint[models.WorkspaceSettingsResponse]:
    return Endpoint(
        operation="update_workspace_settings",
        method="PATCH",
        path="/settings",
        body=body,
        body_kind="json",
        media_type="application/json",
        responses={
            "200": ResponseSpec("json", models.WorkspaceSettingsResponse),
            "400": ResponseSpec("json", models.ErrorResponse),
            "401": ResponseSpec("json", models.ErrorResponse),
        },
        security=[["BearerAuth"]],
    )


def list_dynamic_routes(
    *, offset: int | None = None, limit: int | None = None
) -> Endpoint[models.DynamicRouteListResponse]:
    return Endpoint(
        operation="list_dynamic_routes",
        method="GET",
        path="/routing/dynamic-routes",
        query={"offset": offset, "limit": limit},
        responses={
            "200": ResponseSpec("json", models.DynamicRouteListResponse),
            "400": ResponseSpec("json", models.ErrorResponse),
            "401": ResponseSpec("json", models.ErrorResponse),
        },
        security=[["BearerAuth"]],
    )


def create_dynamic_route(
    *, body: models.DynamicRouteCreateRequest
) -> Endpoint[models.DynamicRouteResponse]:
    return Endpoint(
        operation="create_dynamic_route",
        method="POST",
        path="/routing/dynamic-routes",
        body=body,
        body_kind="json",
        media_type="application/json",
        responses={
            "201": ResponseSpec("json", models.DynamicRouteResponse),
            "400": ResponseSpec("json", models.ErrorResponse),
            "409": ResponseSpec("json", models.ErrorResponse),
        },
        security=[["BearerAuth"]],
    )


def get_dynamic_route(id: str) -> Endpoint[models.DynamicRouteResponse]:
    return Endpoint(
        operation="get_dynamic_route",
        method="GET",
        path="/routing/dynamic-routes/{id}",
        path_params={"id": id},
        responses={
            "200": ResponseSpec("json", models.DynamicRouteResponse),
            "404": ResponseSpec("json", models.ErrorResponse),
        },
        security=[["BearerAuth"]],
    )


def delete_dynamic_route(
    id: str, *, confirm_name: str | None = None
) -> Endpoint[models.DynamicRouteDeleteResponse]:
    return Endpoint(
        operation="delete_dynamic_route",
        method="DELETE",
        path="/routing/dynamic-routes/{id}",
        path_params={"id": id},
        query={"confirm_name": confirm_name},
        responses={
            "200": ResponseSpec("json", models.DynamicRouteDeleteResponse),
            "404": ResponseSpec("json", models.ErrorResponse),
            "409": ResponseSpec("json", models.ErrorResponse),
        },
        security=[["BearerAuth"]],
    )


def update_dynamic_route(
    id: str, *, body: models.DynamicRouteUpdateRequest
) -> Endpoint[models.DynamicRouteResponse]:
    return Endpoint(
        operation="update_dynamic_route",
        method="PATCH",
        path="/routing/dynamic-routes/{id}",
        path_params={"id": id},
        body=body,
        body_kind="json",
        media_type="application/json",
        responses={
            "200": ResponseSpec("json", models.DynamicRouteResponse),
            "400": ResponseSpec("json", models.ErrorResponse),
            "404": ResponseSpec("json", models.ErrorResponse),
        },
        security=[["BearerAuth"]],
    )


def replace_dynamic_route_keys(
    id: str, *, body: models.DynamicRouteKeysUpdateRequest
) -> Endpoint[models.DynamicRouteKeysResponse]:
    return Endpoint(
        operation="replace_dynamic_route_keys",
        method="PUT",
        path="/routing/dynamic-routes/{id}/keys",
        path_params={"id": id},
        body=body,
        body_kind="json",
        media_type="application/json",
        responses={
            "200": ResponseSpec("json", models.DynamicRouteKeysResponse),
            "400": ResponseSpec("json", models.ErrorResponse),
            "404": ResponseSpec("json", models.ErrorResponse),
            "409": ResponseSpec("json", models.ErrorResponse),
        },
        security=[["BearerAuth"]],
    )


def deploy_dynamic_route_version(
    id: str, version: int
) -> Endpoint[models.DynamicRouteDeployResponse]:
    return Endpoint(
        operation="deploy_dynamic_route_version",
        method="POST",
        path="/routing/dynamic-routes/{id}/versions/{version}/deploy",
        path_params={"id": id, "version": version},
        responses={
            "200": ResponseSpec("json", models.DynamicRouteDeployResponse),
            "400": ResponseSpec("json", models.ErrorResponse),
            "404": ResponseSpec("json", models.ErrorResponse),
        },
        security=[["BearerAuth"]],
    )


def list_endpoints() -> Endpoint[models.EndpointCatalogueResponse]:
    return Endpoint(
        operation="list_endpoints",
        method="GET",
        path="/endpoints",
        responses={
            "200": ResponseSpec("json", models.EndpointCatalogueResponse),
        },
        security=[["BearerAuth"]],
    )
