"""Clients for Phaseo Gateway API: one method per operation, sync (`Client`) and async (`AsyncClient`).

The operations are written out once, on `Client`; `AsyncClient` runs the same methods, awaited.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from . import _endpoints, models
from ._base_client import (
    AsyncClientBase,
    AsyncMethod,
    AsyncRawResponseMethod,
    AsyncStreamMethod,
    RawResponseMethod,
    RequestOptions,
    SyncClientBase,
)
from ._pagination import (
    AsyncPagerMethod,
    AsyncPaginatorsBase,
    PageRule,
    SyncPager,
    SyncPaginatorsBase,
)
from ._streaming import StreamedResponse
from ._waiters import WaitRule

__all__ = [
    "AsyncClient",
    "AsyncPaginators",
    "AsyncRawResponses",
    "AsyncStreamingResponses",
    "Client",
    "Paginators",
    "RawResponses",
    "StreamingResponses",
]

_WAIT_FOR_MUSIC_GENERATION = WaitRule(
    "wait_for_music_generation", "status", ("completed",), ("failed",), None, None
)
_WAIT_FOR_MUSIC_GENERATION_ALIAS = WaitRule(
    "wait_for_music_generation_alias", "status", ("completed",), ("failed",), None, None
)
_PAGES_LIST_MODELS = PageRule("offset", "models", "offset", None, None, "limit")
_PAGES_LIST_TEAM_MODELS = PageRule("offset", "models", "offset", None, None, "limit")
_PAGES_LIST_PROVIDERS = PageRule("offset", "providers", "offset", None, None, "limit")
_PAGES_GET_ACTIVITY_ALIAS = PageRule("offset", "data", "offset", None, None, "limit")
_PAGES_LIST_API_KEYS = PageRule("offset", "data", "offset", None, None, "limit")
_PAGES_LIST_WORKSPACE_APPS = PageRule("offset", "data", "offset", None, None, "limit")
_PAGES_LIST_GATEWAY_REQUEST_LOGS = PageRule("offset", "data", "offset", None, None, "limit")
_PAGES_LIST_GATEWAY_FEEDBACK = PageRule("offset", "data", "offset", None, None, "limit")
_PAGES_LIST_GATEWAY_OBSERVABILITY_EVENTS = PageRule("offset", "data", "offset", None, None, "limit")
_PAGES_LIST_PRESET_TEST_RUNS = PageRule("offset", "data", "offset", None, None, "limit")
_PAGES_LIST_PROVIDER_CREDENTIALS = PageRule("offset", "data", "offset", None, None, "limit")
_PAGES_LIST_WEBHOOK_ENDPOINTS = PageRule("offset", "data", "offset", None, None, "limit")
_PAGES_LIST_GUARDRAILS = PageRule("offset", "data", "offset", None, None, "limit")
_PAGES_LIST_MANAGEMENT_KEYS = PageRule("offset", "data", "offset", None, None, "limit")
_PAGES_GET_ACTIVITY = PageRule("offset", "activity", "offset", None, None, "limit")
_PAGES_LIST_WORKSPACE_AUDIT_EVENTS = PageRule(
    "cursor", "data", "cursor", "next_cursor", "has_more", "limit"
)
_PAGES_LIST_WORKSPACES = PageRule("offset", "data", "offset", None, None, "limit")
_PAGES_LIST_WORKSPACE_MEMBERS = PageRule("offset", "data", "offset", None, None, "limit")
_PAGES_LIST_WORKSPACE_INVITES = PageRule("offset", "data", "offset", None, None, "limit")
_PAGES_LIST_WORKSPACE_JOIN_REQUESTS = PageRule("offset", "data", "offset", None, None, "limit")
_PAGES_LIST_OBSERVABILITY_DESTINATIONS = PageRule("offset", "data", "offset", None, None, "limit")
_PAGES_LIST_ORGANISATIONS = PageRule("offset", "organisations", "offset", None, None, "limit")
_PAGES_LIST_DATA_MODELS = PageRule("offset", "models", "offset", None, None, "limit")
_PAGES_LIST_PRESETS = PageRule("offset", "data", "offset", None, None, "limit")
_PAGES_LIST_DYNAMIC_ROUTES = PageRule("offset", "data", "offset", None, None, "limit")


class Paginators(SyncPaginatorsBase):
    """Operations that page, returning a lazy iterator over every item (`pages()` for the pages)."""

    def list_models(
        self,
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
        options: RequestOptions | None = None,
    ) -> SyncPager[models.Model]:
        """List gateway models

        Returns shared non-hidden gateway models. Defaults to currently publicly routable models; use availability=all to include non-routable availability records.

        Args:
            endpoints: Filter by endpoints
            organisation: Filter by organisation
            provider: Filter by provider id
            provider_status: Filter by provider rollout status
            provider_routing_status: Filter by provider routing status
            model_routing_status: Filter by model routing status
            capability_status: Filter by provider capability status
            provider_availability_status: Filter by provider availability status
            provider_availability_reason: Filter by provider availability reason
            status: Filter by model status
            input_types: Filter by input types
            input_modalities: Public alias for input_types.
            output_types: Filter by output types
            output_modalities: Public alias for output_types.
            params: Filter by params
            supported_parameters: Public alias for params.
            availability: Availability filter. active returns publicly routable models only; all includes non-routable availability records.
            limit: Limit the number of results
            offset: Offset for pagination
            format: Response format. Defaults to json.
            feed: Alias for format. Accepts json, rss, or atom.
        """
        return self._pager(
            _endpoints.list_models(
                endpoints=endpoints,
                organisation=organisation,
                provider=provider,
                provider_status=provider_status,
                provider_routing_status=provider_routing_status,
                model_routing_status=model_routing_status,
                capability_status=capability_status,
                provider_availability_status=provider_availability_status,
                provider_availability_reason=provider_availability_reason,
                status=status,
                input_types=input_types,
                input_modalities=input_modalities,
                output_types=output_types,
                output_modalities=output_modalities,
                params=params,
                supported_parameters=supported_parameters,
                availability=availability,
                limit=limit,
                offset=offset,
                format=format,
                feed=feed,
            ),
            _PAGES_LIST_MODELS,
            options,
        )

    def list_team_models(
        self,
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
        options: RequestOptions | None = None,
    ) -> SyncPager[models.Model]:
        """List team-scoped gateway models

        Returns team-scoped gateway model listings. Defaults to currently publicly routable models; use availability=all to include non-routable availability records.

        Args:
            endpoints: Filter by endpoints
            organisation: Filter by organisation
            provider: Filter by provider id
            provider_status: Filter by provider rollout status
            provider_routing_status: Filter by provider routing status
            model_routing_status: Filter by model routing status
            capability_status: Filter by provider capability status
            provider_availability_status: Filter by provider availability status
            provider_availability_reason: Filter by provider availability reason
            status: Filter by model status
            input_types: Filter by input types
            output_types: Filter by output types
            params: Filter by params
            availability: Availability filter. active returns publicly routable models only; all includes non-routable availability records.
            limit: Limit the number of results
            offset: Offset for pagination
            format: Response format. Defaults to json.
            feed: Alias for format. Accepts json, rss, or atom.
        """
        return self._pager(
            _endpoints.list_team_models(
                endpoints=endpoints,
                organisation=organisation,
                provider=provider,
                provider_status=provider_status,
                provider_routing_status=provider_routing_status,
                model_routing_status=model_routing_status,
                capability_status=capability_status,
                provider_availability_status=provider_availability_status,
                provider_availability_reason=provider_availability_reason,
                status=status,
                input_types=input_types,
                output_types=output_types,
                params=params,
                availability=availability,
                limit=limit,
                offset=offset,
                format=format,
                feed=feed,
            ),
            _PAGES_LIST_TEAM_MODELS,
            options,
        )

    def list_providers(
        self,
        *,
        limit: int | None = None,
        offset: int | None = None,
        options: RequestOptions | None = None,
    ) -> SyncPager[models.Provider]:
        """List providers

        Returns a list of available API providers.

        Args:
            limit: Limit the number of results
            offset: Offset for pagination
        """
        return self._pager(
            _endpoints.list_providers(limit=limit, offset=offset), _PAGES_LIST_PROVIDERS, options
        )

    def get_activity_alias(
        self,
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
        options: RequestOptions | None = None,
    ) -> SyncPager[models.ActivityEntry]:
        """Get workspace analytics

        Returns cost, request, and token aggregates grouped by date, model, provider, and endpoint for the last 30 completed UTC days.

        Args:
            date: Filter by a single UTC date in the last 30 completed days (YYYY-MM-DD).
            label_key: Request-label key to include in the spend slice. Must be provided together with label_value.
            label_value: Request-label value to include in the spend slice. Must be provided together with label_key.
            key_id: Filter by API key identifier.
            end_user_id: Filter by application-defined end-user identifier.
            model: Filter by requested or routed canonical model slug.
            provider: Filter by provider slug.
            endpoint: Filter by gateway endpoint identifier.
            byok: Filter managed or BYOK traffic.
            success: Filter successful or failed requests.
            offset: Number of records to skip.
        """
        return self._pager(
            _endpoints.get_activity_alias(
                date=date,
                label_key=label_key,
                label_value=label_value,
                key_id=key_id,
                end_user_id=end_user_id,
                model=model,
                provider=provider,
                endpoint=endpoint,
                byok=byok,
                success=success,
                offset=offset,
                limit=limit,
            ),
            _PAGES_GET_ACTIVITY_ALIAS,
            options,
        )

    def list_api_keys(
        self,
        *,
        include_disabled: bool | None = None,
        offset: int | None = None,
        limit: int | None = None,
        workspace_id: str | None = None,
        options: RequestOptions | None = None,
    ) -> SyncPager[models.ApiKey]:
        """List API keys

        Lists API keys for the authenticated workspace. Management API key required.

        Args:
            include_disabled: Whether to include paused or soft-blocked keys in the response.
            offset: Number of API keys to skip for pagination.
            limit: Maximum number of API keys to return.
            workspace_id: Optional workspace override. Must match the authenticated workspace unless using an internal control caller.
        """
        return self._pager(
            _endpoints.list_api_keys(
                include_disabled=include_disabled,
                offset=offset,
                limit=limit,
                workspace_id=workspace_id,
            ),
            _PAGES_LIST_API_KEYS,
            options,
        )

    def list_workspace_apps(
        self,
        *,
        offset: int | None = None,
        limit: int | None = None,
        options: RequestOptions | None = None,
    ) -> SyncPager[models.WorkspaceApp]:
        """List workspace applications

        Lists automatically attributed gateway applications and their editable metadata. Requires `settings:read`.
        """
        return self._pager(
            _endpoints.list_workspace_apps(offset=offset, limit=limit),
            _PAGES_LIST_WORKSPACE_APPS,
            options,
        )

    def list_gateway_request_logs(
        self,
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
        options: RequestOptions | None = None,
    ) -> SyncPager[models.GatewayRequestLog]:
        """List gateway request logs

        Lists redacted request facts for the authenticated workspace with bounded time-range and field filters. Requires `activity:read`.
        """
        return self._pager(
            _endpoints.list_gateway_request_logs(
                since=since,
                from_=from_,
                to=to,
                provider=provider,
                model=model,
                endpoint=endpoint,
                request_id=request_id,
                key_id=key_id,
                session_id=session_id,
                error_code=error_code,
                status=status,
                offset=offset,
                limit=limit,
            ),
            _PAGES_LIST_GATEWAY_REQUEST_LOGS,
            options,
        )

    def list_gateway_feedback(
        self,
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
        options: RequestOptions | None = None,
    ) -> SyncPager[models.GatewayFeedback]:
        """List gateway feedback

        Lists workspace feedback with target, date, rating, and metadata-dimension filters. Requires `feedback:read`.
        """
        return self._pager(
            _endpoints.list_gateway_feedback(
                request_id=request_id,
                session_id=session_id,
                preset_id=preset_id,
                test_run_id=test_run_id,
                rating=rating,
                since=since,
                until=until,
                offset=offset,
                limit=limit,
            ),
            _PAGES_LIST_GATEWAY_FEEDBACK,
            options,
        )

    def list_gateway_observability_events(
        self,
        *,
        request_id: str | None = None,
        session_id: str | None = None,
        preset_id: str | None = None,
        test_run_id: str | None = None,
        category: str | None = None,
        event: str | None = None,
        offset: int | None = None,
        limit: int | None = None,
        options: RequestOptions | None = None,
    ) -> SyncPager[models.GatewayObservabilityEvent]:
        """List gateway observability events

        Lists custom workspace outcome and behavior events. Requires `feedback:read`.
        """
        return self._pager(
            _endpoints.list_gateway_observability_events(
                request_id=request_id,
                session_id=session_id,
                preset_id=preset_id,
                test_run_id=test_run_id,
                category=category,
                event=event,
                offset=offset,
                limit=limit,
            ),
            _PAGES_LIST_GATEWAY_OBSERVABILITY_EVENTS,
            options,
        )

    def list_preset_test_runs(
        self,
        *,
        preset_id: str | None = None,
        offset: int | None = None,
        limit: int | None = None,
        options: RequestOptions | None = None,
    ) -> SyncPager[models.PresetTestRun]:
        """List preset test runs

        Lists visible test runs, optionally filtered by preset. Requires `feedback:read`.
        """
        return self._pager(
            _endpoints.list_preset_test_runs(preset_id=preset_id, offset=offset, limit=limit),
            _PAGES_LIST_PRESET_TEST_RUNS,
            options,
        )

    def list_provider_credentials(
        self,
        *,
        provider: str | None = None,
        offset: int | None = None,
        limit: int | None = None,
        options: RequestOptions | None = None,
    ) -> SyncPager[models.ProviderCredential]:
        """List provider credentials

        Returns write-only provider credential metadata for the authenticated workspace.
        """
        return self._pager(
            _endpoints.list_provider_credentials(provider=provider, offset=offset, limit=limit),
            _PAGES_LIST_PROVIDER_CREDENTIALS,
            options,
        )

    def list_webhook_endpoints(
        self,
        *,
        offset: int | None = None,
        limit: int | None = None,
        include_deleted: bool | None = None,
        options: RequestOptions | None = None,
    ) -> SyncPager[models.WebhookEndpoint]:
        """List webhook endpoints

        Lists async webhook destinations. Requires `settings:read` and workspace access to async APIs.

        Args:
            offset: Number of records to skip.
            limit: Maximum number of records to return.
        """
        return self._pager(
            _endpoints.list_webhook_endpoints(
                offset=offset, limit=limit, include_deleted=include_deleted
            ),
            _PAGES_LIST_WEBHOOK_ENDPOINTS,
            options,
        )

    def list_guardrails(
        self,
        *,
        offset: int | None = None,
        limit: int | None = None,
        options: RequestOptions | None = None,
    ) -> SyncPager[models.Guardrail]:
        """List guardrails

        Lists workspace guardrails. Requires `guardrails:read`.

        Args:
            offset: Number of records to skip.
            limit: Maximum number of records to return.
        """
        return self._pager(
            _endpoints.list_guardrails(offset=offset, limit=limit), _PAGES_LIST_GUARDRAILS, options
        )

    def list_management_keys(
        self,
        *,
        offset: int | None = None,
        limit: int | None = None,
        options: RequestOptions | None = None,
    ) -> SyncPager[models.ManagementKeyRuntime]:
        """List management keys

        Lists management-key metadata for the authenticated workspace. Requires `management_keys:read`.

        Args:
            offset: Number of records to skip.
            limit: Maximum number of records to return.
        """
        return self._pager(
            _endpoints.list_management_keys(offset=offset, limit=limit),
            _PAGES_LIST_MANAGEMENT_KEYS,
            options,
        )

    def get_activity(
        self,
        *,
        workspace_id: str | None = None,
        days: int | None = None,
        limit: int | None = None,
        offset: int | None = None,
        options: RequestOptions | None = None,
    ) -> SyncPager[models.WorkspaceActivityEntry]:
        """Get recent activity

        Returns recent request activity for the authenticated workspace. Management API key required.

        Args:
            workspace_id: Optional workspace override. Must match the authenticated workspace unless using an internal control caller.
            days: Number of days of activity to include.
            limit: Maximum number of activity rows to return.
            offset: Number of activity rows to skip for pagination.
        """
        return self._pager(
            _endpoints.get_activity(
                workspace_id=workspace_id, days=days, limit=limit, offset=offset
            ),
            _PAGES_GET_ACTIVITY,
            options,
        )

    def list_workspace_audit_events(
        self,
        *,
        limit: int | None = None,
        cursor: str | None = None,
        action: str | None = None,
        target_type: str | None = None,
        options: RequestOptions | None = None,
    ) -> SyncPager[models.WorkspaceAuditEvent]:
        """List workspace audit events

        Returns security-sensitive control-plane changes for the authenticated workspace. Requires an owner or admin identity and the activity:read management capability.

        Args:
            limit: Maximum number of audit events to return.
            cursor: Opaque cursor returned by the previous page.
            action: Filter by an exact audit action.
            target_type: Filter by an exact audit target type.
        """
        return self._pager(
            _endpoints.list_workspace_audit_events(
                limit=limit, cursor=cursor, action=action, target_type=target_type
            ),
            _PAGES_LIST_WORKSPACE_AUDIT_EVENTS,
            options,
        )

    def list_workspaces(
        self,
        *,
        offset: int | None = None,
        limit: int | None = None,
        options: RequestOptions | None = None,
    ) -> SyncPager[models.Workspace]:
        """List workspaces

        Lists workspaces owned by the authenticated management key owner. Management API key required.

        Args:
            offset: Number of workspaces to skip for pagination.
            limit: Maximum number of workspaces to return.
        """
        return self._pager(
            _endpoints.list_workspaces(offset=offset, limit=limit), _PAGES_LIST_WORKSPACES, options
        )

    def list_workspace_members(
        self,
        id: str,
        *,
        offset: int | None = None,
        limit: int | None = None,
        options: RequestOptions | None = None,
    ) -> SyncPager[models.WorkspaceMember]:
        """List workspace members

        Lists members and roles for a workspace. Management API key required.

        Args:
            id: Workspace UUID or slug.
            offset: Number of records to skip.
            limit: Maximum number of records to return.
        """
        return self._pager(
            _endpoints.list_workspace_members(id, offset=offset, limit=limit),
            _PAGES_LIST_WORKSPACE_MEMBERS,
            options,
        )

    def list_workspace_invites(
        self,
        id: str,
        *,
        offset: int | None = None,
        limit: int | None = None,
        options: RequestOptions | None = None,
    ) -> SyncPager[models.WorkspaceInvite]:
        """List workspace invites

        Lists invite metadata without returning invite secrets. Management API key required.

        Args:
            id: Workspace UUID or slug.
            offset: Number of records to skip.
            limit: Maximum number of records to return.
        """
        return self._pager(
            _endpoints.list_workspace_invites(id, offset=offset, limit=limit),
            _PAGES_LIST_WORKSPACE_INVITES,
            options,
        )

    def list_workspace_join_requests(
        self,
        id: str,
        *,
        offset: int | None = None,
        limit: int | None = None,
        status: models.WorkspaceJoinRequestStatus | None = None,
        options: RequestOptions | None = None,
    ) -> SyncPager[models.WorkspaceJoinRequest]:
        """List workspace join requests

        Lists recent workspace join requests. Management API key required.

        Args:
            id: Workspace UUID or slug.
            offset: Number of records to skip.
            limit: Maximum number of records to return.
            status: Filter by decision status.
        """
        return self._pager(
            _endpoints.list_workspace_join_requests(id, offset=offset, limit=limit, status=status),
            _PAGES_LIST_WORKSPACE_JOIN_REQUESTS,
            options,
        )

    def list_observability_destinations(
        self,
        *,
        offset: int | None = None,
        limit: int | None = None,
        options: RequestOptions | None = None,
    ) -> SyncPager[models.ObservabilityDestination]:
        """List observability destinations

        Lists executable observability destinations for the management key workspace.

        Args:
            offset: Number of records to skip.
            limit: Maximum number of records to return.
        """
        return self._pager(
            _endpoints.list_observability_destinations(offset=offset, limit=limit),
            _PAGES_LIST_OBSERVABILITY_DESTINATIONS,
            options,
        )

    def list_organisations(
        self,
        *,
        limit: int | None = None,
        offset: int | None = None,
        options: RequestOptions | None = None,
    ) -> SyncPager[models.ListOrganisationsResponse200OrganisationsItem]:
        """List organisations

        Returns a list of available organisations.

        Args:
            limit: Limit the number of results
            offset: Offset for pagination
        """
        return self._pager(
            _endpoints.list_organisations(limit=limit, offset=offset),
            _PAGES_LIST_ORGANISATIONS,
            options,
        )

    def list_data_models(
        self,
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
        options: RequestOptions | None = None,
    ) -> SyncPager[models.DataModel]:
        """List data models

        Returns source catalogue models from the data_models table.

        Args:
            include_hidden: Include hidden models in results
            status: Filter by model status
            organisation: Filter by organisation
            model_id: Filter by model id
            id: Alias for model_id filter
            limit: Limit the number of results
            offset: Offset for pagination
            format: Response format. Defaults to json.
            feed: Alias for format. Accepts json, rss, or atom.
        """
        return self._pager(
            _endpoints.list_data_models(
                include_hidden=include_hidden,
                status=status,
                organisation=organisation,
                model_id=model_id,
                id=id,
                limit=limit,
                offset=offset,
                format=format,
                feed=feed,
            ),
            _PAGES_LIST_DATA_MODELS,
            options,
        )

    def list_presets(
        self,
        *,
        offset: int | None = None,
        limit: int | None = None,
        visibility: models.PresetVisibility | None = None,
        options: RequestOptions | None = None,
    ) -> SyncPager[models.Preset]:
        """List presets

        Lists active presets visible to the management key workspace.

        Args:
            offset: Number of records to skip.
        """
        return self._pager(
            _endpoints.list_presets(offset=offset, limit=limit, visibility=visibility),
            _PAGES_LIST_PRESETS,
            options,
        )

    def list_dynamic_routes(
        self,
        *,
        offset: int | None = None,
        limit: int | None = None,
        options: RequestOptions | None = None,
    ) -> SyncPager[models.DynamicRoute]:
        """List dynamic routes

        Lists versioned dynamic routes and their API-key attachments for the workspace.

        Args:
            offset: Number of records to skip.
            limit: Maximum number of records to return.
        """
        return self._pager(
            _endpoints.list_dynamic_routes(offset=offset, limit=limit),
            _PAGES_LIST_DYNAMIC_ROUTES,
            options,
        )


class StreamingResponses:
    """Operations with binary or event-stream bodies, returning the response unread."""

    def __init__(self, client: Client) -> None:
        self._client = client

    def list_models(
        self,
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
        options: RequestOptions | None = None,
    ) -> StreamedResponse:
        """List gateway models

        Returns shared non-hidden gateway models. Defaults to currently publicly routable models; use availability=all to include non-routable availability records.

        Args:
            endpoints: Filter by endpoints
            organisation: Filter by organisation
            provider: Filter by provider id
            provider_status: Filter by provider rollout status
            provider_routing_status: Filter by provider routing status
            model_routing_status: Filter by model routing status
            capability_status: Filter by provider capability status
            provider_availability_status: Filter by provider availability status
            provider_availability_reason: Filter by provider availability reason
            status: Filter by model status
            input_types: Filter by input types
            input_modalities: Public alias for input_types.
            output_types: Filter by output types
            output_modalities: Public alias for output_types.
            params: Filter by params
            supported_parameters: Public alias for params.
            availability: Availability filter. active returns publicly routable models only; all includes non-routable availability records.
            limit: Limit the number of results
            offset: Offset for pagination
            format: Response format. Defaults to json.
            feed: Alias for format. Accepts json, rss, or atom.
        """
        return self._client._open_stream(
            _endpoints.list_models(
                endpoints=endpoints,
                organisation=organisation,
                provider=provider,
                provider_status=provider_status,
                provider_routing_status=provider_routing_status,
                model_routing_status=model_routing_status,
                capability_status=capability_status,
                provider_availability_status=provider_availability_status,
                provider_availability_reason=provider_availability_reason,
                status=status,
                input_types=input_types,
                input_modalities=input_modalities,
                output_types=output_types,
                output_modalities=output_modalities,
                params=params,
                supported_parameters=supported_parameters,
                availability=availability,
                limit=limit,
                offset=offset,
                format=format,
                feed=feed,
            ),
            options,
            "application/rss+xml",
        )

    def list_team_models(
        self,
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
        options: RequestOptions | None = None,
    ) -> StreamedResponse:
        """List team-scoped gateway models

        Returns team-scoped gateway model listings. Defaults to currently publicly routable models; use availability=all to include non-routable availability records.

        Args:
            endpoints: Filter by endpoints
            organisation: Filter by organisation
            provider: Filter by provider id
            provider_status: Filter by provider rollout status
            provider_routing_status: Filter by provider routing status
            model_routing_status: Filter by model routing status
            capability_status: Filter by provider capability status
            provider_availability_status: Filter by provider availability status
            provider_availability_reason: Filter by provider availability reason
            status: Filter by model status
            input_types: Filter by input types
            output_types: Filter by output types
            params: Filter by params
            availability: Availability filter. active returns publicly routable models only; all includes non-routable availability records.
            limit: Limit the number of results
            offset: Offset for pagination
            format: Response format. Defaults to json.
            feed: Alias for format. Accepts json, rss, or atom.
        """
        return self._client._open_stream(
            _endpoints.list_team_models(
                endpoints=endpoints,
                organisation=organisation,
                provider=provider,
                provider_status=provider_status,
                provider_routing_status=provider_routing_status,
                model_routing_status=model_routing_status,
                capability_status=capability_status,
                provider_availability_status=provider_availability_status,
                provider_availability_reason=provider_availability_reason,
                status=status,
                input_types=input_types,
                output_types=output_types,
                params=params,
                availability=availability,
                limit=limit,
                offset=offset,
                format=format,
                feed=feed,
            ),
            options,
            "application/rss+xml",
        )

    def create_anthropic_message(
        self, *, body: models.AnthropicMessagesRequest, options: RequestOptions | None = None
    ) -> StreamedResponse:
        """Create message

        Creates a message using the Anthropic Messages API.
        """
        return self._client._open_stream(
            _endpoints.create_anthropic_message(body=body), options, "text/event-stream"
        )

    def create_speech(
        self, *, body: models.AudioSpeechRequest, options: RequestOptions | None = None
    ) -> StreamedResponse:
        """Generate speech

        Generates audio from the input text.
        """
        return self._client._open_stream(_endpoints.create_speech(body=body), options, "audio/mpeg")

    def retrieve_file_content(
        self, file_id: str, *, options: RequestOptions | None = None
    ) -> StreamedResponse:
        """Retrieve file content

        Retrieves binary content for a previously uploaded file that belongs to the authenticated workspace.

        Args:
            file_id: The ID of the file to retrieve.
        """
        return self._client._open_stream(
            _endpoints.retrieve_file_content(file_id), options, "application/octet-stream"
        )

    def export_analytics_csv(
        self,
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
        options: RequestOptions | None = None,
    ) -> StreamedResponse:
        """Export workspace analytics

        Exports the complete filtered analytics aggregate as spreadsheet-safe CSV.
        """
        return self._client._open_stream(
            _endpoints.export_analytics_csv(
                date=date,
                label_key=label_key,
                label_value=label_value,
                key_id=key_id,
                end_user_id=end_user_id,
                model=model,
                provider=provider,
                endpoint=endpoint,
                byok=byok,
                success=success,
            ),
            options,
            "text/csv",
        )

    def list_data_models(
        self,
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
        options: RequestOptions | None = None,
    ) -> StreamedResponse:
        """List data models

        Returns source catalogue models from the data_models table.

        Args:
            include_hidden: Include hidden models in results
            status: Filter by model status
            organisation: Filter by organisation
            model_id: Filter by model id
            id: Alias for model_id filter
            limit: Limit the number of results
            offset: Offset for pagination
            format: Response format. Defaults to json.
            feed: Alias for format. Accepts json, rss, or atom.
        """
        return self._client._open_stream(
            _endpoints.list_data_models(
                include_hidden=include_hidden,
                status=status,
                organisation=organisation,
                model_id=model_id,
                id=id,
                limit=limit,
                offset=offset,
                format=format,
                feed=feed,
            ),
            options,
            "application/rss+xml",
        )


class Client(SyncClientBase):
    """Synchronous client for Phaseo Gateway API.

    Args:
        api_key: The credential; defaults to the `AI_STATS_GATEWAY_API_KEY` environment variable.
        base_url: Defaults to `AI_STATS_GATEWAY_BASE_URL`, else the spec's first server.
        timeout: Seconds, or an `httpx.Timeout`, for every request (per call: `options`).
        http_client: An `httpx.Client` to send with, for
            proxies, transports or shared pools; it is then yours to close.
        default_headers: Headers sent with every request.
        max_retries: Retries of a failed request (connection errors, timeouts, 408, 409, 429, 5xx).
        idempotency_header: The header carrying `options={"idempotency_key": ...}`.
        max_response_bytes: Larger response bodies raise `ResponseTooLargeError` unread.
        verify: TLS certificate verification of the client created here; on unless set to False.
        sleep: How to wait between retries and polls (for tests); defaults to `time.sleep`.
        clock: A monotonic clock in seconds (for tests); defaults to `time.monotonic`.
        validate_responses: Check every JSON response body against the spec's types (the
            default). False builds the same models without checking value types, with less
            work; see `from_dict_unvalidated` on the models for what is not checked.
    """

    _security_schemes = _endpoints.SECURITY_SCHEMES

    @property
    def with_raw_response(self) -> RawResponses:
        """The operations returning the raw response; `.parse()` gives the model without a second request."""
        return RawResponses(self)

    @property
    def paginate(self) -> Paginators:
        """The operations that page, iterating over every item and fetching pages as needed."""
        return Paginators(self)

    @property
    def with_streaming_response(self) -> StreamingResponses:
        """The operations with streamable bodies, returning them unread (use `with`)."""
        return StreamingResponses(self)

    def list_models(
        self,
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
        options: RequestOptions | None = None,
    ) -> models.GatewayModelsResponse:
        """List gateway models

        Returns shared non-hidden gateway models. Defaults to currently publicly routable models; use availability=all to include non-routable availability records.

        Args:
            endpoints: Filter by endpoints
            organisation: Filter by organisation
            provider: Filter by provider id
            provider_status: Filter by provider rollout status
            provider_routing_status: Filter by provider routing status
            model_routing_status: Filter by model routing status
            capability_status: Filter by provider capability status
            provider_availability_status: Filter by provider availability status
            provider_availability_reason: Filter by provider availability reason
            status: Filter by model status
            input_types: Filter by input types
            input_modalities: Public alias for input_types.
            output_types: Filter by output types
            output_modalities: Public alias for output_types.
            params: Filter by params
            supported_parameters: Public alias for params.
            availability: Availability filter. active returns publicly routable models only; all includes non-routable availability records.
            limit: Limit the number of results
            offset: Offset for pagination
            format: Response format. Defaults to json.
            feed: Alias for format. Accepts json, rss, or atom.
        """
        return self._send(
            _endpoints.list_models(
                endpoints=endpoints,
                organisation=organisation,
                provider=provider,
                provider_status=provider_status,
                provider_routing_status=provider_routing_status,
                model_routing_status=model_routing_status,
                capability_status=capability_status,
                provider_availability_status=provider_availability_status,
                provider_availability_reason=provider_availability_reason,
                status=status,
                input_types=input_types,
                input_modalities=input_modalities,
                output_types=output_types,
                output_modalities=output_modalities,
                params=params,
                supported_parameters=supported_parameters,
                availability=availability,
                limit=limit,
                offset=offset,
                format=format,
                feed=feed,
            ),
            options,
        )

    def list_model_endpoints(
        self,
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
        options: RequestOptions | None = None,
    ) -> models.ModelEndpointsResponse:
        """List model endpoint capabilities

        Returns provider-specific endpoint rows for one model, including public paths, modalities, supported parameters, availability, routing state, provider model slugs, and endpoint pricing summaries.

        Args:
            author: Model author or organisation segment.
            slug: Model slug segment.
            provider: Filter by provider id.
            provider_status: Filter by provider rollout status.
            provider_routing_status: Filter by provider routing status.
            model_routing_status: Filter by model routing status.
            capability_status: Filter by provider capability status.
            provider_availability_status: Filter by provider availability status.
            provider_availability_reason: Filter by provider availability reason.
            status: Filter by canonical model lifecycle status.
            supported_parameters: Filter endpoint rows by supported parameter names or aliases.
            availability: active returns publicly routable endpoint rows; all also includes coming-soon and inactive rows.
        """
        return self._send(
            _endpoints.list_model_endpoints(
                author,
                slug,
                provider=provider,
                provider_status=provider_status,
                provider_routing_status=provider_routing_status,
                model_routing_status=model_routing_status,
                capability_status=capability_status,
                provider_availability_status=provider_availability_status,
                provider_availability_reason=provider_availability_reason,
                status=status,
                supported_parameters=supported_parameters,
                availability=availability,
            ),
            options,
        )

    def list_team_models(
        self,
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
        options: RequestOptions | None = None,
    ) -> models.GatewayModelsResponse:
        """List team-scoped gateway models

        Returns team-scoped gateway model listings. Defaults to currently publicly routable models; use availability=all to include non-routable availability records.

        Args:
            endpoints: Filter by endpoints
            organisation: Filter by organisation
            provider: Filter by provider id
            provider_status: Filter by provider rollout status
            provider_routing_status: Filter by provider routing status
            model_routing_status: Filter by model routing status
            capability_status: Filter by provider capability status
            provider_availability_status: Filter by provider availability status
            provider_availability_reason: Filter by provider availability reason
            status: Filter by model status
            input_types: Filter by input types
            output_types: Filter by output types
            params: Filter by params
            availability: Availability filter. active returns publicly routable models only; all includes non-routable availability records.
            limit: Limit the number of results
            offset: Offset for pagination
            format: Response format. Defaults to json.
            feed: Alias for format. Accepts json, rss, or atom.
        """
        return self._send(
            _endpoints.list_team_models(
                endpoints=endpoints,
                organisation=organisation,
                provider=provider,
                provider_status=provider_status,
                provider_routing_status=provider_routing_status,
                model_routing_status=model_routing_status,
                capability_status=capability_status,
                provider_availability_status=provider_availability_status,
                provider_availability_reason=provider_availability_reason,
                status=status,
                input_types=input_types,
                output_types=output_types,
                params=params,
                availability=availability,
                limit=limit,
                offset=offset,
                format=format,
                feed=feed,
            ),
            options,
        )

    def list_providers(
        self,
        *,
        limit: int | None = None,
        offset: int | None = None,
        options: RequestOptions | None = None,
    ) -> models.ListProvidersResponse200:
        """List providers

        Returns a list of available API providers.

        Args:
            limit: Limit the number of results
            offset: Offset for pagination
        """
        return self._send(_endpoints.list_providers(limit=limit, offset=offset), options)

    def get_generation(
        self, *, id: str, options: RequestOptions | None = None
    ) -> models.GenerationResponse:
        """Get generation

        Retrieve a specific generation by ID.

        Args:
            id: The ID of the generation
        """
        return self._send(_endpoints.get_generation(id=id), options)

    def create_chat_completion(
        self, *, body: models.ChatCompletionsRequest, options: RequestOptions | None = None
    ) -> models.ChatCompletionsResponse:
        """Create chat completion

        Creates a completion for the chat message.
        """
        return self._send(_endpoints.create_chat_completion(body=body), options)

    def create_response(
        self, *, body: models.ResponsesRequest, options: RequestOptions | None = None
    ) -> models.ResponsesResponse:
        """Create response

        Creates a response using the Responses API.
        """
        return self._send(_endpoints.create_response(body=body), options)

    def open_async_job_web_socket(
        self,
        kind: models.OpenAsyncJobWebSocketKind,
        id: str,
        *,
        interval_ms: int | None = None,
        close_on_terminal: bool | None = None,
        options: RequestOptions | None = None,
    ) -> None:
        """Open async job websocket

        Opens a persistent websocket session for owned async batch or video job updates.
        WebSocket handshake uses HTTP GET upgrade semantics and returns `101 Switching Protocols` on success (not `200`). The socket emits a `job.snapshot` immediately after upgrade and subsequent `job.updated` envelopes when the normalized async job payload changes.
        If `close_on_terminal` is enabled, the gateway closes the socket after a terminal `completed`, `failed`, `cancelled`, or `expired` update.


        Args:
            kind: Async job kind.
            id: Gateway-owned async job id.
            interval_ms: Polling interval used by the websocket recovery loop.
            close_on_terminal: Close the socket after a terminal lifecycle update.
        """
        return self._send(
            _endpoints.open_async_job_web_socket(
                kind, id, interval_ms=interval_ms, close_on_terminal=close_on_terminal
            ),
            options,
        )

    def create_anthropic_message(
        self, *, body: models.AnthropicMessagesRequest, options: RequestOptions | None = None
    ) -> models.AnthropicMessagesResponse:
        """Create message

        Creates a message using the Anthropic Messages API.
        """
        return self._send(_endpoints.create_anthropic_message(body=body), options)

    def create_embedding(
        self, *, body: models.EmbeddingsRequest, options: RequestOptions | None = None
    ) -> models.EmbeddingsResponse:
        """Create embeddings

        Creates an embedding vector representing the input text.
        """
        return self._send(_endpoints.create_embedding(body=body), options)

    def create_moderation(
        self, *, body: models.ModerationsRequest, options: RequestOptions | None = None
    ) -> models.ModerationsResponse:
        """Create moderation

        Classifies if text violates OpenAI's usage policies.
        """
        return self._send(_endpoints.create_moderation(body=body), options)

    def create_rerank(
        self, *, body: models.RerankRequest, options: RequestOptions | None = None
    ) -> models.RerankResponse:
        """Rerank documents

        Reranks a list of documents against a query.
        """
        return self._send(_endpoints.create_rerank(body=body), options)

    def create_speech(
        self, *, body: models.AudioSpeechRequest, options: RequestOptions | None = None
    ) -> bytes:
        """Generate speech

        Generates audio from the input text.
        """
        return self._send(_endpoints.create_speech(body=body), options)

    def create_transcription(
        self, *, body: models.AudioTranscriptionRequest, options: RequestOptions | None = None
    ) -> models.AudioTranscriptionResponse:
        """Create transcription

        Transcribes audio into the input language.
        """
        return self._send(_endpoints.create_transcription(body=body), options)

    def create_translation(
        self, *, body: models.AudioTranslationRequest, options: RequestOptions | None = None
    ) -> models.AudioTranslationResponse:
        """Create translation

        Translates audio into English.
        """
        return self._send(_endpoints.create_translation(body=body), options)

    def create_realtime_session(
        self, *, body: models.CreateRealtimeSessionBody, options: RequestOptions | None = None
    ) -> dict[str, Any]:
        """Create realtime audio session

        Creates a metered realtime audio session and returns relay connection details.
        """
        return self._send(_endpoints.create_realtime_session(body=body), options)

    def connect_realtime_session_relay(
        self, session_id: str, *, options: RequestOptions | None = None
    ) -> None:
        """Connect realtime relay

        Upgrades to a WebSocket relay using the session relay secret as a subprotocol.
        """
        return self._send(_endpoints.connect_realtime_session_relay(session_id), options)

    def finalize_realtime_session(
        self,
        session_id: str,
        *,
        body: models.FinalizeRealtimeSessionBody,
        options: RequestOptions | None = None,
    ) -> dict[str, Any]:
        """Finalize realtime audio session

        Finalizes metering and releases any remaining credit reservation for a realtime session.
        """
        return self._send(_endpoints.finalize_realtime_session(session_id, body=body), options)

    def create_image(
        self, *, body: models.ImagesGenerationRequest, options: RequestOptions | None = None
    ) -> models.ImagesGenerationResponse:
        """Create image

        Creates an image given a prompt.
        """
        return self._send(_endpoints.create_image(body=body), options)

    def create_image_edit(
        self, *, body: models.ImagesEditRequest, options: RequestOptions | None = None
    ) -> models.ImagesEditResponse:
        """Create image edit

        Creates an edited or extended image given an original image and a prompt.
        """
        return self._send(_endpoints.create_image_edit(body=body), options)

    def create_ocr(
        self, *, body: models.OcrRequest, options: RequestOptions | None = None
    ) -> models.OcrResponse:
        """Create OCR

        Extracts text from an image using the requested model.
        """
        return self._send(_endpoints.create_ocr(body=body), options)

    def create_parse(
        self, *, body: models.ParseRequest, options: RequestOptions | None = None
    ) -> models.ParseResponse:
        """Parse a document image

        Parses a document image into Markdown or ordered content blocks. The current Cohere Parse API accepts remote image URLs and base64 image data URIs; PDF and file URL inputs are not yet supported.
        """
        return self._send(_endpoints.create_parse(body=body), options)

    def generate_music(
        self, *, body: models.MusicGenerateRequest, options: RequestOptions | None = None
    ) -> models.MusicGenerateResponse:
        """Generate music

        Generates music through one provider-independent endpoint. Phaseo waits for synchronous providers and handles provider queue polling internally.
        """
        return self._send(_endpoints.generate_music(body=body), options)

    def get_music_generation(
        self, music_id: str, *, options: RequestOptions | None = None
    ) -> models.MusicGenerateResponse:
        """Get music generation status

        Retrieves a normalized music result using the Phaseo request ID returned by POST /music/generate. Provider-specific status APIs are handled internally.

        Args:
            music_id: The stable Phaseo request ID returned by POST /music/generate.
        """
        return self._send(_endpoints.get_music_generation(music_id), options)

    def list_files(self, *, options: RequestOptions | None = None) -> None:
        """List files

        Currently returns `not_supported` on the shared gateway key. Persist uploaded file ids and retrieve them directly instead.
        """
        return self._send(_endpoints.list_files(), options)

    def upload_file(
        self,
        *,
        body: models.FileUploadRequest,
        model: models.ModelId | None = None,
        provider: models.UploadFileProvider | None = None,
        x_ai_stats_provider: str | None = None,
        options: RequestOptions | None = None,
    ) -> models.FileResponse:
        """Upload file

        Compatibility alias for `/batches/files`. Uploads a file for batch processing and returns the upstream file metadata. Pass `model` so AI Stats can infer the upstream provider. Defaults to OpenAI for legacy clients that omit both `model` and `provider`.

        Args:
            model: Model id used to infer the upstream batch file provider.
            provider: Advanced provider override for the upstream file upload.
            x_ai_stats_provider: Header alternative to the `provider` query parameter.
        """
        return self._send(
            _endpoints.upload_file(
                body=body, model=model, provider=provider, x_ai_stats_provider=x_ai_stats_provider
            ),
            options,
        )

    def retrieve_file(
        self, file_id: str, *, options: RequestOptions | None = None
    ) -> models.FileResponse:
        """Retrieve file

        Retrieves metadata for a file that belongs to the authenticated workspace.

        Args:
            file_id: The ID of the file to retrieve.
        """
        return self._send(_endpoints.retrieve_file(file_id), options)

    def retrieve_file_content(
        self, file_id: str, *, options: RequestOptions | None = None
    ) -> bytes:
        """Retrieve file content

        Retrieves binary content for a previously uploaded file that belongs to the authenticated workspace.

        Args:
            file_id: The ID of the file to retrieve.
        """
        return self._send(_endpoints.retrieve_file_content(file_id), options)

    def get_activity_alias(
        self,
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
        options: RequestOptions | None = None,
    ) -> models.AnalyticsResponse:
        """Get workspace analytics

        Returns cost, request, and token aggregates grouped by date, model, provider, and endpoint for the last 30 completed UTC days.

        Args:
            date: Filter by a single UTC date in the last 30 completed days (YYYY-MM-DD).
            label_key: Request-label key to include in the spend slice. Must be provided together with label_value.
            label_value: Request-label value to include in the spend slice. Must be provided together with label_key.
            key_id: Filter by API key identifier.
            end_user_id: Filter by application-defined end-user identifier.
            model: Filter by requested or routed canonical model slug.
            provider: Filter by provider slug.
            endpoint: Filter by gateway endpoint identifier.
            byok: Filter managed or BYOK traffic.
            success: Filter successful or failed requests.
            offset: Number of records to skip.
        """
        return self._send(
            _endpoints.get_activity_alias(
                date=date,
                label_key=label_key,
                label_value=label_value,
                key_id=key_id,
                end_user_id=end_user_id,
                model=model,
                provider=provider,
                endpoint=endpoint,
                byok=byok,
                success=success,
                offset=offset,
                limit=limit,
            ),
            options,
        )

    def export_analytics_csv(
        self,
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
        options: RequestOptions | None = None,
    ) -> str:
        """Export workspace analytics

        Exports the complete filtered analytics aggregate as spreadsheet-safe CSV.
        """
        return self._send(
            _endpoints.export_analytics_csv(
                date=date,
                label_key=label_key,
                label_value=label_value,
                key_id=key_id,
                end_user_id=end_user_id,
                model=model,
                provider=provider,
                endpoint=endpoint,
                byok=byok,
                success=success,
            ),
            options,
        )

    def get_credits(
        self, *, workspace_id: str | None = None, options: RequestOptions | None = None
    ) -> models.CreditsResponse:
        """Get remaining credits

        Returns remaining credits and usage statistics for the authenticated workspace. Management API key required.

        Args:
            workspace_id: Optional workspace override. Must match the authenticated workspace unless using an internal control caller.
        """
        return self._send(_endpoints.get_credits(workspace_id=workspace_id), options)

    def get_current_api_key(
        self, *, options: RequestOptions | None = None
    ) -> models.ApiKeyResponse:
        """Get current API key

        Returns metadata for the currently authenticated standard Gateway API key.
        """
        return self._send(_endpoints.get_current_api_key(), options)

    def list_api_keys(
        self,
        *,
        include_disabled: bool | None = None,
        offset: int | None = None,
        limit: int | None = None,
        workspace_id: str | None = None,
        options: RequestOptions | None = None,
    ) -> models.ApiKeyListResponse:
        """List API keys

        Lists API keys for the authenticated workspace. Management API key required.

        Args:
            include_disabled: Whether to include paused or soft-blocked keys in the response.
            offset: Number of API keys to skip for pagination.
            limit: Maximum number of API keys to return.
            workspace_id: Optional workspace override. Must match the authenticated workspace unless using an internal control caller.
        """
        return self._send(
            _endpoints.list_api_keys(
                include_disabled=include_disabled,
                offset=offset,
                limit=limit,
                workspace_id=workspace_id,
            ),
            options,
        )

    def create_api_key(
        self, *, body: models.ApiKeyCreateRequest, options: RequestOptions | None = None
    ) -> models.ApiKeyWithValueResponse:
        """Create a new API key

        Creates a new API key in the authenticated workspace. Management API key required.
        """
        return self._send(_endpoints.create_api_key(body=body), options)

    def get_api_key(
        self, id: str, *, options: RequestOptions | None = None
    ) -> models.ApiKeyResponse:
        """Get a single API key

        Returns metadata for one API key in the authenticated workspace. Management API key required.

        Args:
            id: API key identifier or hash.
        """
        return self._send(_endpoints.get_api_key(id), options)

    def delete_api_key(
        self, id: str, *, options: RequestOptions | None = None
    ) -> models.DeletedResponse:
        """Delete an API key

        Deletes an API key in the authenticated workspace. Management API key required.

        Args:
            id: API key identifier or hash.
        """
        return self._send(_endpoints.delete_api_key(id), options)

    def update_api_key(
        self, id: str, *, body: models.ApiKeyUpdateRequest, options: RequestOptions | None = None
    ) -> models.ApiKeyResponse:
        """Update an API key

        Updates API key metadata or status. Management API key required.

        Args:
            id: API key identifier or hash.
        """
        return self._send(_endpoints.update_api_key(id, body=body), options)

    def rotate_api_key(
        self,
        id: str,
        *,
        body: models.ApiKeyRotateRequest | None = None,
        options: RequestOptions | None = None,
    ) -> models.ApiKeyRotateResponse:
        """Rotate an API key

        Creates a replacement with the same limits and optionally sets the previous key expiry. The replacement secret is returned once. Requires `keys:write`.
        """
        return self._send(_endpoints.rotate_api_key(id, body=body), options)

    def invalidate_api_key_cache(
        self, id: str, *, options: RequestOptions | None = None
    ) -> models.KeyInvalidateResponse:
        """Invalidate API key cache

        Refreshes globally cached policy state for a workspace API key. Requires an authenticated workspace management caller.
        """
        return self._send(_endpoints.invalidate_api_key_cache(id), options)

    def get_workspace_sso(
        self, *, options: RequestOptions | None = None
    ) -> models.WorkspaceSsoResponse:
        """Get workspace SSO settings

        Returns workspace SAML or custom OIDC settings. Requires `settings:read` and an owner or admin identity.
        """
        return self._send(_endpoints.get_workspace_sso(), options)

    def update_workspace_sso(
        self, *, body: models.WorkspaceSsoUpdateRequest, options: RequestOptions | None = None
    ) -> models.WorkspaceSsoResponse:
        """Update workspace SSO settings

        Updates SAML or custom OIDC settings. Enabling SSO requires the identity add-on and `settings:write`.
        """
        return self._send(_endpoints.update_workspace_sso(body=body), options)

    def get_workspace_scim(
        self, *, options: RequestOptions | None = None
    ) -> models.WorkspaceScimResponse:
        """Get workspace SCIM settings

        Returns endpoint status, token metadata, provisioned object counts, and the latest SCIM event.
        """
        return self._send(_endpoints.get_workspace_scim(), options)

    def update_workspace_scim(
        self, *, body: models.WorkspaceScimUpdateRequest, options: RequestOptions | None = None
    ) -> models.WorkspaceScimEndpointResponse:
        """Enable or disable SCIM

        Updates the workspace SCIM endpoint. Enabling SCIM requires the identity add-on and `settings:write`.
        """
        return self._send(_endpoints.update_workspace_scim(body=body), options)

    def create_workspace_scim_token(
        self, *, body: models.WorkspaceScimTokenCreateRequest, options: RequestOptions | None = None
    ) -> models.WorkspaceScimTokenCreateResponse:
        """Create a SCIM token

        Creates a provisioning token. The raw token is returned once. Requires the identity add-on and `settings:write`.
        """
        return self._send(_endpoints.create_workspace_scim_token(body=body), options)

    def revoke_workspace_scim_token(
        self, id: str, *, options: RequestOptions | None = None
    ) -> models.DeletedResponse:
        """Revoke a SCIM token

        Revokes a provisioning token. Requires `settings:write`.
        """
        return self._send(_endpoints.revoke_workspace_scim_token(id), options)

    def list_workspace_scim_audit_events(
        self,
        *,
        limit: int | None = None,
        before: str | None = None,
        options: RequestOptions | None = None,
    ) -> models.WorkspaceScimAuditResponse:
        """List SCIM audit events

        Lists recent SCIM provisioning activity for the workspace.
        """
        return self._send(
            _endpoints.list_workspace_scim_audit_events(limit=limit, before=before), options
        )

    def get_workspace_directory(
        self, *, options: RequestOptions | None = None
    ) -> models.WorkspaceDirectoryResponse:
        """Get the workspace directory

        Returns enterprise departments and effective member entitlements. Requires the identity add-on, `settings:read`, and an owner or admin identity.
        """
        return self._send(_endpoints.get_workspace_directory(), options)

    def update_workspace_directory_member(
        self,
        id: str,
        *,
        body: models.WorkspaceDirectoryMemberUpdateRequest,
        options: RequestOptions | None = None,
    ) -> models.UpdatedResponse:
        """Update a directory member override

        Sets or clears effective role and department overrides for a workspace member. Requires `settings:write`.
        """
        return self._send(_endpoints.update_workspace_directory_member(id, body=body), options)

    def list_workspace_departments(
        self, *, options: RequestOptions | None = None
    ) -> models.WorkspaceDepartmentListResponse:
        """List workspace departments

        Lists manually managed and directory-synchronized departments.
        """
        return self._send(_endpoints.list_workspace_departments(), options)

    def create_workspace_department(
        self,
        *,
        body: models.WorkspaceDepartmentCreateRequest,
        options: RequestOptions | None = None,
    ) -> models.WorkspaceDepartmentResponse:
        """Create a workspace department

        Creates a manually managed department. Requires `settings:write`.
        """
        return self._send(_endpoints.create_workspace_department(body=body), options)

    def delete_workspace_department(
        self, id: str, *, options: RequestOptions | None = None
    ) -> models.DeletedResponse:
        """Delete a workspace department

        Deletes a manually managed department. Directory-synchronized departments cannot be deleted here.
        """
        return self._send(_endpoints.delete_workspace_department(id), options)

    def update_workspace_department(
        self,
        id: str,
        *,
        body: models.WorkspaceDepartmentInput,
        options: RequestOptions | None = None,
    ) -> models.WorkspaceDepartmentResponse:
        """Update a workspace department

        Updates department name, description, icon, or color without removing its directory mapping.
        """
        return self._send(_endpoints.update_workspace_department(id, body=body), options)

    def set_workspace_department_member(
        self,
        department_id: str,
        user_id: str,
        *,
        body: models.WorkspaceDepartmentMemberRequest,
        options: RequestOptions | None = None,
    ) -> models.WorkspaceDepartmentMemberResponse:
        """Set a manual department membership

        Adds or updates a manual department membership for a workspace user.
        """
        return self._send(
            _endpoints.set_workspace_department_member(department_id, user_id, body=body), options
        )

    def delete_workspace_department_member(
        self, department_id: str, user_id: str, *, options: RequestOptions | None = None
    ) -> models.DeletedResponse:
        """Delete a manual department membership

        Removes a manual department membership without changing directory-synchronized membership.
        """
        return self._send(
            _endpoints.delete_workspace_department_member(department_id, user_id), options
        )

    def list_workspace_group_mappings(
        self, *, options: RequestOptions | None = None
    ) -> models.WorkspaceGroupMappingListResponse:
        """List directory group mappings

        Lists mappings from provisioned groups to workspace roles and departments.
        """
        return self._send(_endpoints.list_workspace_group_mappings(), options)

    def create_workspace_group_mapping(
        self,
        *,
        body: models.WorkspaceGroupMappingCreateRequest,
        options: RequestOptions | None = None,
    ) -> models.WorkspaceGroupMappingResponse:
        """Create a directory group mapping

        Maps a provisioned group to a workspace department and access role.
        """
        return self._send(_endpoints.create_workspace_group_mapping(body=body), options)

    def delete_workspace_group_mapping(
        self, id: str, *, options: RequestOptions | None = None
    ) -> models.DeletedResponse:
        """Delete a directory group mapping

        Removes a provisioned-group mapping from the workspace.
        """
        return self._send(_endpoints.delete_workspace_group_mapping(id), options)

    def update_workspace_group_mapping(
        self,
        id: str,
        *,
        body: models.WorkspaceGroupMappingUpdateRequest,
        options: RequestOptions | None = None,
    ) -> models.WorkspaceGroupMappingResponse:
        """Update a directory group mapping

        Updates the access role or department position assigned by a mapping.
        """
        return self._send(_endpoints.update_workspace_group_mapping(id, body=body), options)

    def get_workspace_notification_settings(
        self, *, options: RequestOptions | None = None
    ) -> models.WorkspaceNotificationSettingsResponse:
        """Get workspace notification settings

        Returns auto top-up policy, low-balance email configuration, and workspace email preferences. Requires `settings:read` and an owner or admin identity.
        """
        return self._send(_endpoints.get_workspace_notification_settings(), options)

    def update_workspace_notification_settings(
        self,
        *,
        body: models.WorkspaceNotificationSettingsUpdateRequest,
        options: RequestOptions | None = None,
    ) -> models.WorkspaceNotificationSettingsResponse:
        """Update workspace notification settings

        Updates one or more durable notification-policy sections. Enabling auto top-up requires an existing saved payment method identifier; payment collection remains an interactive account flow.
        """
        return self._send(_endpoints.update_workspace_notification_settings(body=body), options)

    def list_workspace_apps(
        self,
        *,
        offset: int | None = None,
        limit: int | None = None,
        options: RequestOptions | None = None,
    ) -> models.WorkspaceAppListResponse:
        """List workspace applications

        Lists automatically attributed gateway applications and their editable metadata. Requires `settings:read`.
        """
        return self._send(_endpoints.list_workspace_apps(offset=offset, limit=limit), options)

    def update_workspace_app(
        self,
        id: str,
        *,
        body: models.WorkspaceAppUpdateRequest,
        options: RequestOptions | None = None,
    ) -> models.WorkspaceAppResponse:
        """Update a workspace application

        Updates display metadata, catalogue visibility, or active status for an attributed application. Managed platform applications cannot be edited.
        """
        return self._send(_endpoints.update_workspace_app(id, body=body), options)

    def merge_workspace_app(
        self,
        id: str,
        *,
        body: models.WorkspaceAppMergeRequest,
        options: RequestOptions | None = None,
    ) -> models.WorkspaceAppMergeResponse:
        """Merge workspace applications

        Atomically moves request history and analytics from the source application into another application in the same workspace, then removes the source.
        """
        return self._send(_endpoints.merge_workspace_app(id, body=body), options)

    def list_gateway_request_logs(
        self,
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
        options: RequestOptions | None = None,
    ) -> models.GatewayRequestLogListResponse:
        """List gateway request logs

        Lists redacted request facts for the authenticated workspace with bounded time-range and field filters. Requires `activity:read`.
        """
        return self._send(
            _endpoints.list_gateway_request_logs(
                since=since,
                from_=from_,
                to=to,
                provider=provider,
                model=model,
                endpoint=endpoint,
                request_id=request_id,
                key_id=key_id,
                session_id=session_id,
                error_code=error_code,
                status=status,
                offset=offset,
                limit=limit,
            ),
            options,
        )

    def get_gateway_request_log(
        self, request_id: str, *, options: RequestOptions | None = None
    ) -> models.GatewayRequestLogResponse:
        """Get a gateway request log

        Returns one redacted request record by request identifier.
        """
        return self._send(_endpoints.get_gateway_request_log(request_id), options)

    def list_gateway_feedback(
        self,
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
        options: RequestOptions | None = None,
    ) -> models.GatewayFeedbackListResponse:
        """List gateway feedback

        Lists workspace feedback with target, date, rating, and metadata-dimension filters. Requires `feedback:read`.
        """
        return self._send(
            _endpoints.list_gateway_feedback(
                request_id=request_id,
                session_id=session_id,
                preset_id=preset_id,
                test_run_id=test_run_id,
                rating=rating,
                since=since,
                until=until,
                offset=offset,
                limit=limit,
            ),
            options,
        )

    def create_gateway_feedback(
        self, *, body: models.GatewayFeedbackCreateRequest, options: RequestOptions | None = None
    ) -> models.GatewayFeedbackResponse:
        """Create gateway feedback

        Records feedback for a request, session, preset, or preset test run. Requires `feedback:write`.
        """
        return self._send(_endpoints.create_gateway_feedback(body=body), options)

    def summarize_gateway_feedback(
        self,
        *,
        group_by: models.SummarizeGatewayFeedbackGroupBy | None = None,
        metadata_key: str | None = None,
        preset_id: str | None = None,
        test_run_id: str | None = None,
        since: str | None = None,
        until: str | None = None,
        options: RequestOptions | None = None,
    ) -> models.GatewayFeedbackSummaryResponse:
        """Summarize gateway feedback

        Aggregates workspace feedback by preset, test run, or metadata dimension.
        """
        return self._send(
            _endpoints.summarize_gateway_feedback(
                group_by=group_by,
                metadata_key=metadata_key,
                preset_id=preset_id,
                test_run_id=test_run_id,
                since=since,
                until=until,
            ),
            options,
        )

    def list_gateway_observability_events(
        self,
        *,
        request_id: str | None = None,
        session_id: str | None = None,
        preset_id: str | None = None,
        test_run_id: str | None = None,
        category: str | None = None,
        event: str | None = None,
        offset: int | None = None,
        limit: int | None = None,
        options: RequestOptions | None = None,
    ) -> models.GatewayObservabilityEventListResponse:
        """List gateway observability events

        Lists custom workspace outcome and behavior events. Requires `feedback:read`.
        """
        return self._send(
            _endpoints.list_gateway_observability_events(
                request_id=request_id,
                session_id=session_id,
                preset_id=preset_id,
                test_run_id=test_run_id,
                category=category,
                event=event,
                offset=offset,
                limit=limit,
            ),
            options,
        )

    def create_gateway_observability_event(
        self,
        *,
        body: models.GatewayObservabilityEventCreateRequest,
        options: RequestOptions | None = None,
    ) -> models.GatewayObservabilityEventResponse:
        """Create a gateway observability event

        Records a custom outcome or behavior event linked to a request, session, preset, or test run. Requires `feedback:write`.
        """
        return self._send(_endpoints.create_gateway_observability_event(body=body), options)

    def list_preset_test_runs(
        self,
        *,
        preset_id: str | None = None,
        offset: int | None = None,
        limit: int | None = None,
        options: RequestOptions | None = None,
    ) -> models.PresetTestRunListResponse:
        """List preset test runs

        Lists visible test runs, optionally filtered by preset. Requires `feedback:read`.
        """
        return self._send(
            _endpoints.list_preset_test_runs(preset_id=preset_id, offset=offset, limit=limit),
            options,
        )

    def create_preset_test_run(
        self, *, body: models.PresetTestRunCreateRequest, options: RequestOptions | None = None
    ) -> models.PresetTestRunResponse:
        """Create a preset test run

        Creates a workspace test run for a preset or baseline comparison. Requires `feedback:write` and an owner or admin identity.
        """
        return self._send(_endpoints.create_preset_test_run(body=body), options)

    def get_preset_test_run(
        self, id: str, *, options: RequestOptions | None = None
    ) -> models.PresetTestRunDetailResponse:
        """Get a preset test run

        Returns a test run and its feedback summary.
        """
        return self._send(_endpoints.get_preset_test_run(id), options)

    def update_preset_test_run(
        self,
        id: str,
        *,
        body: models.PresetTestRunUpdateRequest,
        options: RequestOptions | None = None,
    ) -> models.PresetTestRunResponse:
        """Update a preset test run

        Updates test-run lifecycle state, summary, timestamps, name, or description. Requires `feedback:write` and an owner or admin identity.
        """
        return self._send(_endpoints.update_preset_test_run(id, body=body), options)

    def list_provider_credentials(
        self,
        *,
        provider: str | None = None,
        offset: int | None = None,
        limit: int | None = None,
        options: RequestOptions | None = None,
    ) -> models.ProviderCredentialListResponse:
        """List provider credentials

        Returns write-only provider credential metadata for the authenticated workspace.
        """
        return self._send(
            _endpoints.list_provider_credentials(provider=provider, offset=offset, limit=limit),
            options,
        )

    def create_provider_credential(
        self, *, body: models.ProviderCredentialCreateRequest, options: RequestOptions | None = None
    ) -> models.ProviderCredentialResponse:
        """Create a provider credential

        Encrypts and stores a write-only provider credential for the authenticated workspace.
        """
        return self._send(_endpoints.create_provider_credential(body=body), options)

    def reorder_provider_credentials(
        self,
        *,
        body: models.ProviderCredentialReorderRequest,
        options: RequestOptions | None = None,
    ) -> models.ProviderCredentialReorderResponse:
        """Reorder provider credentials

        Replaces the priority order for one provider and routing group.
        """
        return self._send(_endpoints.reorder_provider_credentials(body=body), options)

    def get_provider_credential(
        self, id: str, *, options: RequestOptions | None = None
    ) -> models.ProviderCredentialResponse:
        """Get a provider credential

        Returns safe metadata without exposing encrypted fields or the raw secret.
        """
        return self._send(_endpoints.get_provider_credential(id), options)

    def delete_provider_credential(
        self, id: str, *, options: RequestOptions | None = None
    ) -> models.ProviderCredentialDeleteResponse:
        """Delete a provider credential

        Permanently removes a provider credential. Repeated deletion is safe.
        """
        return self._send(_endpoints.delete_provider_credential(id), options)

    def update_provider_credential(
        self,
        id: str,
        *,
        body: models.ProviderCredentialUpdateRequest,
        options: RequestOptions | None = None,
    ) -> models.ProviderCredentialResponse:
        """Update a provider credential

        Updates credential metadata, filters, routing group, or replaces the write-only secret.
        """
        return self._send(_endpoints.update_provider_credential(id, body=body), options)

    def list_workspace_budgets(
        self, *, options: RequestOptions | None = None
    ) -> models.WorkspaceBudgetListResponse:
        """List workspace budgets

        Lists spend ceilings with current usage, remaining spend, and reset timestamps.
        """
        return self._send(_endpoints.list_workspace_budgets(), options)

    def create_workspace_budget(
        self, *, body: models.WorkspaceBudgetInput, options: RequestOptions | None = None
    ) -> models.WorkspaceBudgetResponse:
        """Create a workspace budget

        Creates an enforced spend ceiling for one workspace interval.
        """
        return self._send(_endpoints.create_workspace_budget(body=body), options)

    def get_workspace_budget(
        self, id: str, *, options: RequestOptions | None = None
    ) -> models.WorkspaceBudgetResponse:
        """Get a workspace budget

        Returns one workspace spend ceiling with current usage and remaining spend.
        """
        return self._send(_endpoints.get_workspace_budget(id), options)

    def delete_workspace_budget(
        self, id: str, *, options: RequestOptions | None = None
    ) -> models.WorkspaceBudgetDeleteResponse:
        """Delete a workspace budget

        Removes a workspace spend ceiling and stops enforcing that interval.
        """
        return self._send(_endpoints.delete_workspace_budget(id), options)

    def update_workspace_budget(
        self,
        id: str,
        *,
        body: models.WorkspaceBudgetUpdateInput,
        options: RequestOptions | None = None,
    ) -> models.WorkspaceBudgetResponse:
        """Update a workspace budget

        Changes the interval or USD ceiling for an existing workspace budget.
        """
        return self._send(_endpoints.update_workspace_budget(id, body=body), options)

    def list_workspace_notification_destinations(
        self, *, options: RequestOptions | None = None
    ) -> models.WorkspaceNotificationDestinationListResponse:
        """List notification destinations

        Lists active and disabled workspace destinations without returning encrypted target values.
        """
        return self._send(_endpoints.list_workspace_notification_destinations(), options)

    def create_workspace_notification_destination(
        self,
        *,
        body: models.WorkspaceNotificationDestinationCreateRequest,
        options: RequestOptions | None = None,
    ) -> models.WorkspaceNotificationDestinationResponse:
        """Create a notification destination

        Validates and encrypts an email, chat, or HTTPS webhook destination. The raw target is never returned.
        """
        return self._send(_endpoints.create_workspace_notification_destination(body=body), options)

    def delete_workspace_notification_destination(
        self, id: str, *, options: RequestOptions | None = None
    ) -> models.DeletedResponse:
        """Delete a notification destination

        Soft-deletes a workspace notification destination and removes it from future routing.
        """
        return self._send(_endpoints.delete_workspace_notification_destination(id), options)

    def test_workspace_notification_destination_config(
        self,
        *,
        body: models.WorkspaceNotificationDestinationTestRequest,
        options: RequestOptions | None = None,
    ) -> models.WorkspaceNotificationTestResponse:
        """Test notification destination configuration

        Validates and delivers a test to an unsaved destination configuration. The target is not persisted.
        """
        return self._send(
            _endpoints.test_workspace_notification_destination_config(body=body), options
        )

    def test_workspace_notification_destination(
        self, id: str, *, options: RequestOptions | None = None
    ) -> models.WorkspaceNotificationTestResponse:
        """Test a saved notification destination

        Delivers a test through an existing encrypted workspace destination.
        """
        return self._send(_endpoints.test_workspace_notification_destination(id), options)

    def list_workspace_notification_routes(
        self, *, options: RequestOptions | None = None
    ) -> models.WorkspaceNotificationRoutesResponse:
        """List notification routes

        Returns destination assignments for each supported workspace notification event.
        """
        return self._send(_endpoints.list_workspace_notification_routes(), options)

    def update_workspace_notification_route(
        self,
        event_kind: models.WorkspaceNotificationEventKind,
        *,
        body: models.WorkspaceNotificationRouteUpdateRequest,
        options: RequestOptions | None = None,
    ) -> models.WorkspaceNotificationRouteResponse:
        """Update a notification route

        Replaces the destination assignments for a supported event kind.
        """
        return self._send(
            _endpoints.update_workspace_notification_route(event_kind, body=body), options
        )

    def get_data_contribution_settings(
        self, *, options: RequestOptions | None = None
    ) -> models.DataContributionOverviewResponse:
        """Get data contribution settings

        Returns workspace consent, classifier configuration, and recent aggregate contribution analytics. Requires `settings:read` and feature access.
        """
        return self._send(_endpoints.get_data_contribution_settings(), options)

    def update_data_contribution_consent(
        self, *, body: models.DataContributionConsentRequest, options: RequestOptions | None = None
    ) -> models.DataContributionConsentResponse:
        """Update data contribution consent

        Enables or disables workspace data contribution and refreshes gateway policy state. Requires `settings:write` and feature access.
        """
        return self._send(_endpoints.update_data_contribution_consent(body=body), options)

    def create_data_contribution_classifier(
        self,
        *,
        body: models.DataContributionClassifierCreateRequest,
        options: RequestOptions | None = None,
    ) -> models.DataContributionClassifierResponse:
        """Create a data contribution classifier

        Creates a custom workspace classifier. Requires `settings:write` and feature access.
        """
        return self._send(_endpoints.create_data_contribution_classifier(body=body), options)

    def delete_data_contribution_classifier(
        self, id: str, *, options: RequestOptions | None = None
    ) -> models.DataContributionClassifierDeleteResponse:
        """Delete a data contribution classifier

        Deletes a custom classifier. The built-in starter classifier cannot be deleted.
        """
        return self._send(_endpoints.delete_data_contribution_classifier(id), options)

    def update_data_contribution_classifier(
        self,
        id: str,
        *,
        body: models.DataContributionClassifierInput,
        options: RequestOptions | None = None,
    ) -> models.DataContributionClassifierResponse:
        """Update a data contribution classifier

        Updates a custom workspace classifier. Requires `settings:write` and feature access.
        """
        return self._send(_endpoints.update_data_contribution_classifier(id, body=body), options)

    def list_oauth_clients(
        self, *, options: RequestOptions | None = None
    ) -> models.OAuthClientListResponse:
        """List OAuth clients

        Lists active OAuth applications for the workspace. Requires `oauth_clients:read` and the OAuth beta feature.
        """
        return self._send(_endpoints.list_oauth_clients(), options)

    def create_oauth_client(
        self, *, body: models.OAuthClientCreateRequest, options: RequestOptions | None = None
    ) -> models.OAuthClientCreateResponse:
        """Create an OAuth client

        Creates a public or confidential OAuth application. Confidential secrets are returned once. Requires `oauth_clients:write` and the OAuth beta feature.
        """
        return self._send(_endpoints.create_oauth_client(body=body), options)

    def get_oauth_client(
        self, client_id: str, *, options: RequestOptions | None = None
    ) -> models.OAuthClient:
        """Get an OAuth client

        Returns one active OAuth application. Requires `oauth_clients:read` and the OAuth beta feature.
        """
        return self._send(_endpoints.get_oauth_client(client_id), options)

    def delete_oauth_client(
        self, client_id: str, *, options: RequestOptions | None = None
    ) -> models.OAuthClientDeleteResponse:
        """Delete an OAuth client

        Deletes the client after revoking its active authorizations.
        """
        return self._send(_endpoints.delete_oauth_client(client_id), options)

    def update_oauth_client(
        self,
        client_id: str,
        *,
        body: models.OAuthClientInput,
        options: RequestOptions | None = None,
    ) -> models.OAuthClient:
        """Update an OAuth client

        Updates OAuth application metadata, scopes, or redirect URIs. Requires `oauth_clients:write`.
        """
        return self._send(_endpoints.update_oauth_client(client_id, body=body), options)

    def regenerate_oauth_client_secret(
        self, client_id: str, *, options: RequestOptions | None = None
    ) -> models.OAuthClientSecretResponse:
        """Regenerate an OAuth client secret

        Replaces a confidential client's secret and returns the new value once.
        """
        return self._send(_endpoints.regenerate_oauth_client_secret(client_id), options)

    def list_webhook_endpoints(
        self,
        *,
        offset: int | None = None,
        limit: int | None = None,
        include_deleted: bool | None = None,
        options: RequestOptions | None = None,
    ) -> models.WebhookEndpointListResponse:
        """List webhook endpoints

        Lists async webhook destinations. Requires `settings:read` and workspace access to async APIs.

        Args:
            offset: Number of records to skip.
            limit: Maximum number of records to return.
        """
        return self._send(
            _endpoints.list_webhook_endpoints(
                offset=offset, limit=limit, include_deleted=include_deleted
            ),
            options,
        )

    def create_webhook_endpoint(
        self, *, body: models.WebhookEndpointCreateRequest, options: RequestOptions | None = None
    ) -> models.WebhookEndpointSecretResponse:
        """Create a webhook endpoint

        Creates an HTTPS webhook endpoint and returns its signing secret once.
        """
        return self._send(_endpoints.create_webhook_endpoint(body=body), options)

    def get_webhook_endpoint(
        self, id: str, *, options: RequestOptions | None = None
    ) -> models.WebhookEndpoint:
        """Get a webhook endpoint

        Returns one async webhook endpoint without its signing secret. Requires `settings:read`.
        """
        return self._send(_endpoints.get_webhook_endpoint(id), options)

    def delete_webhook_endpoint(
        self, id: str, *, options: RequestOptions | None = None
    ) -> models.WebhookEndpointDeleteResponse:
        """Delete a webhook endpoint

        Soft-deletes a webhook endpoint and stops future delivery. Requires `settings:write`.
        """
        return self._send(_endpoints.delete_webhook_endpoint(id), options)

    def update_webhook_endpoint(
        self,
        id: str,
        *,
        body: models.WebhookEndpointUpdateRequest,
        options: RequestOptions | None = None,
    ) -> models.WebhookEndpoint:
        """Update a webhook endpoint

        Updates endpoint delivery settings. Requires `settings:write`.
        """
        return self._send(_endpoints.update_webhook_endpoint(id, body=body), options)

    def rotate_webhook_endpoint_secret(
        self, id: str, *, options: RequestOptions | None = None
    ) -> models.WebhookEndpointSecretResponse:
        """Rotate a webhook signing secret

        Replaces the signing secret and returns the new value once.
        """
        return self._send(_endpoints.rotate_webhook_endpoint_secret(id), options)

    def list_guardrails(
        self,
        *,
        offset: int | None = None,
        limit: int | None = None,
        options: RequestOptions | None = None,
    ) -> models.GuardrailListResponse:
        """List guardrails

        Lists workspace guardrails. Requires `guardrails:read`.

        Args:
            offset: Number of records to skip.
            limit: Maximum number of records to return.
        """
        return self._send(_endpoints.list_guardrails(offset=offset, limit=limit), options)

    def create_guardrail(
        self, *, body: models.GuardrailCreateRequest, options: RequestOptions | None = None
    ) -> models.GuardrailResponse:
        """Create a guardrail

        Creates a workspace guardrail. Requires `guardrails:write`.
        """
        return self._send(_endpoints.create_guardrail(body=body), options)

    def get_guardrail(
        self, id: str, *, options: RequestOptions | None = None
    ) -> models.GuardrailDetailResponse:
        """Get a guardrail

        Returns a guardrail and its assigned key IDs. Requires `guardrails:read`.

        Args:
            id: Guardrail identifier.
        """
        return self._send(_endpoints.get_guardrail(id), options)

    def delete_guardrail(
        self, id: str, *, options: RequestOptions | None = None
    ) -> models.GuardrailDeleteResponse:
        """Delete a guardrail

        Deletes a guardrail and its assignments. Requires `guardrails:delete`.

        Args:
            id: Guardrail identifier.
        """
        return self._send(_endpoints.delete_guardrail(id), options)

    def update_guardrail(
        self, id: str, *, body: models.GuardrailPolicyInput, options: RequestOptions | None = None
    ) -> models.GuardrailResponse:
        """Update a guardrail

        Updates guardrail policy fields. Requires `guardrails:write`.

        Args:
            id: Guardrail identifier.
        """
        return self._send(_endpoints.update_guardrail(id, body=body), options)

    def list_guardrail_keys(
        self, id: str, *, options: RequestOptions | None = None
    ) -> models.GuardrailKeyListResponse:
        """List guardrail key assignments

        Lists API keys assigned to a guardrail. Requires `guardrails:read`.

        Args:
            id: Guardrail identifier.
        """
        return self._send(_endpoints.list_guardrail_keys(id), options)

    def replace_guardrail_keys(
        self,
        id: str,
        *,
        body: models.GuardrailKeyIdsReplaceRequest,
        options: RequestOptions | None = None,
    ) -> models.GuardrailKeySetResponse:
        """Replace guardrail key assignments

        Replaces the complete key assignment set. Requires `guardrails:write`.

        Args:
            id: Guardrail identifier.
        """
        return self._send(_endpoints.replace_guardrail_keys(id, body=body), options)

    def add_guardrail_keys(
        self, id: str, *, body: models.GuardrailKeyIdsRequest, options: RequestOptions | None = None
    ) -> models.GuardrailKeyAddResponse:
        """Add guardrail key assignments

        Assigns one or more workspace API keys. Requires `guardrails:write`.

        Args:
            id: Guardrail identifier.
        """
        return self._send(_endpoints.add_guardrail_keys(id, body=body), options)

    def remove_guardrail_keys(
        self, id: str, *, body: models.GuardrailKeyIdsRequest, options: RequestOptions | None = None
    ) -> models.GuardrailRemoveResponse:
        """Remove guardrail key assignments

        Removes one or more API-key assignments. Requires `guardrails:write`.

        Args:
            id: Guardrail identifier.
        """
        return self._send(_endpoints.remove_guardrail_keys(id, body=body), options)

    def list_guardrail_members(
        self, id: str, *, options: RequestOptions | None = None
    ) -> models.GuardrailMemberListResponse:
        """List guardrail member assignments

        Lists workspace members assigned to a guardrail. Requires `guardrails:read`.

        Args:
            id: Guardrail identifier.
        """
        return self._send(_endpoints.list_guardrail_members(id), options)

    def add_guardrail_members(
        self,
        id: str,
        *,
        body: models.GuardrailUserIdsRequest,
        options: RequestOptions | None = None,
    ) -> models.GuardrailMemberAddResponse:
        """Add guardrail member assignments

        Assigns workspace members to a guardrail. Requires `guardrails:write`.

        Args:
            id: Guardrail identifier.
        """
        return self._send(_endpoints.add_guardrail_members(id, body=body), options)

    def remove_guardrail_members(
        self,
        id: str,
        *,
        body: models.GuardrailUserIdsRequest,
        options: RequestOptions | None = None,
    ) -> models.GuardrailRemoveResponse:
        """Remove guardrail member assignments

        Removes workspace-member assignments. Requires `guardrails:write`.

        Args:
            id: Guardrail identifier.
        """
        return self._send(_endpoints.remove_guardrail_members(id, body=body), options)

    def list_management_keys(
        self,
        *,
        offset: int | None = None,
        limit: int | None = None,
        options: RequestOptions | None = None,
    ) -> models.ManagementKeyCollectionResponse:
        """List management keys

        Lists management-key metadata for the authenticated workspace. Requires `management_keys:read`.

        Args:
            offset: Number of records to skip.
            limit: Maximum number of records to return.
        """
        return self._send(_endpoints.list_management_keys(offset=offset, limit=limit), options)

    def create_management_key(
        self,
        *,
        body: models.ManagementKeyRuntimeCreateRequest,
        options: RequestOptions | None = None,
    ) -> models.ManagementKeyRuntimeCreateResponse:
        """Create a management key

        Creates a scoped management key. The raw key is returned once. Requires `management_keys:write`.
        """
        return self._send(_endpoints.create_management_key(body=body), options)

    def get_management_key(
        self, id: str, *, options: RequestOptions | None = None
    ) -> models.ManagementKeyRuntimeResponse:
        """Get a management key

        Returns management-key metadata without the secret. Requires `management_keys:read`.

        Args:
            id: Management key identifier.
        """
        return self._send(_endpoints.get_management_key(id), options)

    def delete_management_key(
        self, id: str, *, options: RequestOptions | None = None
    ) -> models.ManagementKeyRuntimeDeleteResponse:
        """Delete a management key

        Permanently revokes and deletes a management key. Requires `management_keys:delete`.

        Args:
            id: Management key identifier.
        """
        return self._send(_endpoints.delete_management_key(id), options)

    def update_management_key(
        self,
        id: str,
        *,
        body: models.ManagementKeyRuntimeUpdateRequest,
        options: RequestOptions | None = None,
    ) -> models.ManagementKeyRuntimeResponse:
        """Update a management key

        Updates scopes, limits, expiry, name, or paused state. Requires `management_keys:write`.

        Args:
            id: Management key identifier.
        """
        return self._send(_endpoints.update_management_key(id, body=body), options)

    def get_activity(
        self,
        *,
        workspace_id: str | None = None,
        days: int | None = None,
        limit: int | None = None,
        offset: int | None = None,
        options: RequestOptions | None = None,
    ) -> models.WorkspaceActivityResponse:
        """Get recent activity

        Returns recent request activity for the authenticated workspace. Management API key required.

        Args:
            workspace_id: Optional workspace override. Must match the authenticated workspace unless using an internal control caller.
            days: Number of days of activity to include.
            limit: Maximum number of activity rows to return.
            offset: Number of activity rows to skip for pagination.
        """
        return self._send(
            _endpoints.get_activity(
                workspace_id=workspace_id, days=days, limit=limit, offset=offset
            ),
            options,
        )

    def list_workspace_audit_events(
        self,
        *,
        limit: int | None = None,
        cursor: str | None = None,
        action: str | None = None,
        target_type: str | None = None,
        options: RequestOptions | None = None,
    ) -> models.WorkspaceAuditEventListResponse:
        """List workspace audit events

        Returns security-sensitive control-plane changes for the authenticated workspace. Requires an owner or admin identity and the activity:read management capability.

        Args:
            limit: Maximum number of audit events to return.
            cursor: Opaque cursor returned by the previous page.
            action: Filter by an exact audit action.
            target_type: Filter by an exact audit target type.
        """
        return self._send(
            _endpoints.list_workspace_audit_events(
                limit=limit, cursor=cursor, action=action, target_type=target_type
            ),
            options,
        )

    def list_workspaces(
        self,
        *,
        offset: int | None = None,
        limit: int | None = None,
        options: RequestOptions | None = None,
    ) -> models.WorkspaceListResponse:
        """List workspaces

        Lists workspaces owned by the authenticated management key owner. Management API key required.

        Args:
            offset: Number of workspaces to skip for pagination.
            limit: Maximum number of workspaces to return.
        """
        return self._send(_endpoints.list_workspaces(offset=offset, limit=limit), options)

    def create_workspace(
        self, *, body: models.WorkspaceCreateRequest, options: RequestOptions | None = None
    ) -> models.WorkspaceResponse:
        """Create a workspace

        Creates a new workspace for the authenticated owner. Management API key required.
        """
        return self._send(_endpoints.create_workspace(body=body), options)

    def get_workspace(
        self, id: str, *, options: RequestOptions | None = None
    ) -> models.WorkspaceResponse:
        """Get a workspace

        Returns a workspace by UUID or slug. Management API key required.

        Args:
            id: Workspace UUID or slug.
        """
        return self._send(_endpoints.get_workspace(id), options)

    def delete_workspace(
        self, id: str, *, options: RequestOptions | None = None
    ) -> models.DeletedResponse:
        """Delete a workspace

        Deletes a workspace by UUID or slug. Management API key required.

        Args:
            id: Workspace UUID or slug.
        """
        return self._send(_endpoints.delete_workspace(id), options)

    def update_workspace(
        self, id: str, *, body: models.WorkspaceUpdateRequest, options: RequestOptions | None = None
    ) -> models.WorkspaceResponse:
        """Update a workspace

        Updates workspace metadata. Management API key required.

        Args:
            id: Workspace UUID or slug.
        """
        return self._send(_endpoints.update_workspace(id, body=body), options)

    def list_workspace_members(
        self,
        id: str,
        *,
        offset: int | None = None,
        limit: int | None = None,
        options: RequestOptions | None = None,
    ) -> models.WorkspaceMemberListResponse:
        """List workspace members

        Lists members and roles for a workspace. Management API key required.

        Args:
            id: Workspace UUID or slug.
            offset: Number of records to skip.
            limit: Maximum number of records to return.
        """
        return self._send(
            _endpoints.list_workspace_members(id, offset=offset, limit=limit), options
        )

    def add_workspace_members(
        self,
        id: str,
        *,
        body: models.WorkspaceMemberBulkRequest,
        options: RequestOptions | None = None,
    ) -> models.WorkspaceMemberAddResponse:
        """Add workspace members

        Adds existing users to a workspace with an admin or member role. Management API key required.

        Args:
            id: Workspace UUID or slug.
        """
        return self._send(_endpoints.add_workspace_members(id, body=body), options)

    def remove_workspace_members(
        self,
        id: str,
        *,
        body: models.WorkspaceMemberRemoveRequest,
        options: RequestOptions | None = None,
    ) -> models.WorkspaceMemberRemoveResponse:
        """Remove workspace members

        Removes non-owner members from a workspace. Management API key required.

        Args:
            id: Workspace UUID or slug.
        """
        return self._send(_endpoints.remove_workspace_members(id, body=body), options)

    def update_workspace_member_role(
        self,
        id: str,
        user_id: str,
        *,
        body: models.WorkspaceMemberRoleUpdateRequest,
        options: RequestOptions | None = None,
    ) -> models.WorkspaceMemberResponse:
        """Update a workspace member role

        Changes a non-owner member between admin and member. Workspace owner and management API key required.

        Args:
            id: Workspace UUID or slug.
            user_id: User identifier.
        """
        return self._send(_endpoints.update_workspace_member_role(id, user_id, body=body), options)

    def list_workspace_invites(
        self,
        id: str,
        *,
        offset: int | None = None,
        limit: int | None = None,
        options: RequestOptions | None = None,
    ) -> models.WorkspaceInviteListResponse:
        """List workspace invites

        Lists invite metadata without returning invite secrets. Management API key required.

        Args:
            id: Workspace UUID or slug.
            offset: Number of records to skip.
            limit: Maximum number of records to return.
        """
        return self._send(
            _endpoints.list_workspace_invites(id, offset=offset, limit=limit), options
        )

    def create_workspace_invite(
        self,
        id: str,
        *,
        body: models.WorkspaceInviteCreateRequest,
        options: RequestOptions | None = None,
    ) -> models.WorkspaceInviteCreateResponse:
        """Create a workspace invite

        Creates an encrypted invite and returns its plaintext token once. Management API key required.

        Args:
            id: Workspace UUID or slug.
        """
        return self._send(_endpoints.create_workspace_invite(id, body=body), options)

    def delete_workspace_invite(
        self, id: str, invite_id: str, *, options: RequestOptions | None = None
    ) -> models.DeletedResponse:
        """Delete a workspace invite

        Permanently revokes an invite. Management API key required.

        Args:
            id: Workspace UUID or slug.
            invite_id: Invite identifier.
        """
        return self._send(_endpoints.delete_workspace_invite(id, invite_id), options)

    def list_workspace_join_requests(
        self,
        id: str,
        *,
        offset: int | None = None,
        limit: int | None = None,
        status: models.WorkspaceJoinRequestStatus | None = None,
        options: RequestOptions | None = None,
    ) -> models.WorkspaceJoinRequestListResponse:
        """List workspace join requests

        Lists recent workspace join requests. Management API key required.

        Args:
            id: Workspace UUID or slug.
            offset: Number of records to skip.
            limit: Maximum number of records to return.
            status: Filter by decision status.
        """
        return self._send(
            _endpoints.list_workspace_join_requests(id, offset=offset, limit=limit, status=status),
            options,
        )

    def approve_workspace_join_request(
        self, id: str, request_id: str, *, options: RequestOptions | None = None
    ) -> models.WorkspaceJoinRequestResponse:
        """Approve a workspace join request

        Atomically approves a pending request and applies its invite role. Management API key required.

        Args:
            id: Workspace UUID or slug.
            request_id: Join request identifier.
        """
        return self._send(_endpoints.approve_workspace_join_request(id, request_id), options)

    def reject_workspace_join_request(
        self, id: str, request_id: str, *, options: RequestOptions | None = None
    ) -> models.WorkspaceJoinRequestResponse:
        """Reject a workspace join request

        Atomically rejects a pending request. Management API key required.

        Args:
            id: Workspace UUID or slug.
            request_id: Join request identifier.
        """
        return self._send(_endpoints.reject_workspace_join_request(id, request_id), options)

    def get_observability_logging_policy(
        self, *, options: RequestOptions | None = None
    ) -> models.ObservabilityLoggingPolicyResponse:
        """Get workspace I/O logging policy

        Returns workspace log storage and retention settings with read-only billing state.
        """
        return self._send(_endpoints.get_observability_logging_policy(), options)

    def update_observability_logging_policy(
        self,
        *,
        body: models.ObservabilityLoggingPolicyUpdateRequest,
        options: RequestOptions | None = None,
    ) -> models.ObservabilityLoggingPolicyResponse:
        """Update workspace I/O logging policy

        Updates log storage, retention, and provider-payload capture settings.
        """
        return self._send(_endpoints.update_observability_logging_policy(body=body), options)

    def list_observability_destinations(
        self,
        *,
        offset: int | None = None,
        limit: int | None = None,
        options: RequestOptions | None = None,
    ) -> models.ObservabilityDestinationListResponse:
        """List observability destinations

        Lists executable observability destinations for the management key workspace.

        Args:
            offset: Number of records to skip.
            limit: Maximum number of records to return.
        """
        return self._send(
            _endpoints.list_observability_destinations(offset=offset, limit=limit), options
        )

    def create_observability_destination(
        self,
        *,
        body: models.ObservabilityDestinationCreateRequest,
        options: RequestOptions | None = None,
    ) -> models.ObservabilityDestinationResponse:
        """Create an observability destination

        Creates a destination with encrypted, write-only configuration. Management API key required.
        """
        return self._send(_endpoints.create_observability_destination(body=body), options)

    def get_observability_destination(
        self, id: str, *, options: RequestOptions | None = None
    ) -> models.ObservabilityDestinationResponse:
        """Get an observability destination

        Returns destination metadata and filters without secret configuration.

        Args:
            id: Observability destination identifier.
        """
        return self._send(_endpoints.get_observability_destination(id), options)

    def delete_observability_destination(
        self, id: str, *, options: RequestOptions | None = None
    ) -> models.DeletedResponse:
        """Delete an observability destination

        Deletes a destination and its key and rule filters.

        Args:
            id: Observability destination identifier.
        """
        return self._send(_endpoints.delete_observability_destination(id), options)

    def update_observability_destination(
        self,
        id: str,
        *,
        body: models.ObservabilityDestinationUpdateRequest,
        options: RequestOptions | None = None,
    ) -> models.ObservabilityDestinationResponse:
        """Update an observability destination

        Updates destination policy, filters, or write-only configuration.

        Args:
            id: Observability destination identifier.
        """
        return self._send(_endpoints.update_observability_destination(id, body=body), options)

    def list_organisations(
        self,
        *,
        limit: int | None = None,
        offset: int | None = None,
        options: RequestOptions | None = None,
    ) -> models.ListOrganisationsResponse200:
        """List organisations

        Returns a list of available organisations.

        Args:
            limit: Limit the number of results
            offset: Offset for pagination
        """
        return self._send(_endpoints.list_organisations(limit=limit, offset=offset), options)

    def list_pricing_models(
        self, *, options: RequestOptions | None = None
    ) -> models.ListPricingModelsResponse200:
        """List pricing models

        Returns active provider/model pricing entries.
        """
        return self._send(_endpoints.list_pricing_models(), options)

    def calculate_pricing(
        self, *, body: models.CalculatePricingBody, options: RequestOptions | None = None
    ) -> models.CalculatePricingResponse200:
        """Calculate pricing

        Calculates price for a usage payload.
        """
        return self._send(_endpoints.calculate_pricing(body=body), options)

    def get_provider_derank_status(
        self,
        provider_id: str,
        *,
        window_hours: int | None = None,
        max_pairs: int | None = None,
        fetch_limit: int | None = None,
        options: RequestOptions | None = None,
    ) -> dict[str, Any]:
        """Provider derank status

        Returns breaker-based derank/recovery status for a provider.

        Args:
            provider_id: Provider identifier.
            window_hours: Observation window in hours.
            max_pairs: Max endpoint/model tuples to inspect.
            fetch_limit: Max recent requests to scan.
        """
        return self._send(
            _endpoints.get_provider_derank_status(
                provider_id, window_hours=window_hours, max_pairs=max_pairs, fetch_limit=fetch_limit
            ),
            options,
        )

    def get_health(self, *, options: RequestOptions | None = None) -> models.GetHealthResponse200:
        """Health check

        Returns a minimal gateway health snapshot.
        """
        return self._send(_endpoints.get_health(), options)

    def generate_music_alias(
        self, *, body: models.MusicGenerateRequest, options: RequestOptions | None = None
    ) -> models.MusicGenerateResponse:
        """Generate music (alias)

        Alias of /music/generate.
        """
        return self._send(_endpoints.generate_music_alias(body=body), options)

    def get_music_generation_alias(
        self, music_id: str, *, options: RequestOptions | None = None
    ) -> models.MusicGenerateResponse:
        """Get music generation status (alias)

        Alias of /music/generate/{music_id}.
        """
        return self._send(_endpoints.get_music_generation_alias(music_id), options)

    def list_data_models(
        self,
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
        options: RequestOptions | None = None,
    ) -> models.ListDataModelsResponse200:
        """List data models

        Returns source catalogue models from the data_models table.

        Args:
            include_hidden: Include hidden models in results
            status: Filter by model status
            organisation: Filter by organisation
            model_id: Filter by model id
            id: Alias for model_id filter
            limit: Limit the number of results
            offset: Offset for pagination
            format: Response format. Defaults to json.
            feed: Alias for format. Accepts json, rss, or atom.
        """
        return self._send(
            _endpoints.list_data_models(
                include_hidden=include_hidden,
                status=status,
                organisation=organisation,
                model_id=model_id,
                id=id,
                limit=limit,
                offset=offset,
                format=format,
                feed=feed,
            ),
            options,
        )

    def list_presets(
        self,
        *,
        offset: int | None = None,
        limit: int | None = None,
        visibility: models.PresetVisibility | None = None,
        options: RequestOptions | None = None,
    ) -> models.PresetListResponse:
        """List presets

        Lists active presets visible to the management key workspace.

        Args:
            offset: Number of records to skip.
        """
        return self._send(
            _endpoints.list_presets(offset=offset, limit=limit, visibility=visibility), options
        )

    def create_preset(
        self, *, body: models.PresetCreateRequest, options: RequestOptions | None = None
    ) -> models.PresetCreateResponse:
        """Create a preset

        Creates a workspace preset with durable prompt, routing, parameter, and plugin defaults.
        """
        return self._send(_endpoints.create_preset(body=body), options)

    def get_preset_publisher(
        self, *, options: RequestOptions | None = None
    ) -> models.PresetPublisherResponse:
        """Get preset publisher handle

        Returns the canonical public-preset publisher handle for the workspace.
        """
        return self._send(_endpoints.get_preset_publisher(), options)

    def update_preset_publisher(
        self, *, body: models.PresetPublisherUpdateRequest, options: RequestOptions | None = None
    ) -> models.PresetPublisherResponse:
        """Update preset publisher handle

        Renames the workspace publisher handle while retaining its prior handle as an alias.
        """
        return self._send(_endpoints.update_preset_publisher(body=body), options)

    def get_preset(
        self, id: str, *, options: RequestOptions | None = None
    ) -> models.PresetResponse:
        """Get a preset

        Gets an active preset by UUID, slug, or canonical name.

        Args:
            id: Preset UUID, slug, or canonical name.
        """
        return self._send(_endpoints.get_preset(id), options)

    def delete_preset(
        self, id: str, *, confirm_name: str | None = None, options: RequestOptions | None = None
    ) -> models.DeletedResponse:
        """Archive a preset

        Soft-deletes a preset after optional exact-name confirmation.

        Args:
            id: Preset UUID, slug, or canonical name.
        """
        return self._send(_endpoints.delete_preset(id, confirm_name=confirm_name), options)

    def update_preset(
        self, id: str, *, body: models.PresetUpdateRequest, options: RequestOptions | None = None
    ) -> models.PresetResponse:
        """Update a preset draft

        Updates draft metadata or configuration without changing the active published version.

        Args:
            id: Preset UUID, slug, or canonical name.
        """
        return self._send(_endpoints.update_preset(id, body=body), options)

    def list_preset_versions(
        self, id: str, *, options: RequestOptions | None = None
    ) -> models.PresetVersionListResponse:
        """List preset versions

        Lists immutable published snapshots for a preset in descending version order.

        Args:
            id: Preset UUID, slug, or canonical name.
        """
        return self._send(_endpoints.list_preset_versions(id), options)

    def publish_preset_version(
        self,
        id: str,
        *,
        body: models.PresetVersionPublishRequest | None = None,
        options: RequestOptions | None = None,
    ) -> models.PresetVersionResponse:
        """Publish a preset version

        Publishes the current draft as a new immutable version using the preset versioning method.

        Args:
            id: Preset UUID, slug, or canonical name.
        """
        return self._send(_endpoints.publish_preset_version(id, body=body), options)

    def fork_preset(
        self,
        id: str,
        *,
        body: models.PresetForkRequest | None = None,
        options: RequestOptions | None = None,
    ) -> models.PresetResponse:
        """Fork a public preset

        Copies the active or selected public version into the management workspace as a private preset.

        Args:
            id: Preset UUID, slug, or canonical name.
        """
        return self._send(_endpoints.fork_preset(id, body=body), options)

    def apply_preset_upstream_version(
        self,
        id: str,
        *,
        body: models.PresetUpstreamApplyRequest,
        options: RequestOptions | None = None,
    ) -> models.PresetUpstreamApplyResponse:
        """Apply an upstream preset version

        Applies a public upstream version to a local fork draft without publishing it.

        Args:
            id: Preset UUID, slug, or canonical name.
        """
        return self._send(_endpoints.apply_preset_upstream_version(id, body=body), options)

    def get_workspace_settings(
        self, *, options: RequestOptions | None = None
    ) -> models.WorkspaceSettingsResponse:
        """Get workspace settings

        Returns the automatable workspace routing, provider, privacy, and gateway defaults.
        """
        return self._send(_endpoints.get_workspace_settings(), options)

    def update_workspace_settings(
        self, *, body: models.WorkspaceSettingsUpdateRequest, options: RequestOptions | None = None
    ) -> models.WorkspaceSettingsResponse:
        """Update workspace settings

        Updates workspace routing, provider, privacy, or gateway defaults and refreshes affected gateway policy caches.
        """
        return self._send(_endpoints.update_workspace_settings(body=body), options)

    def list_dynamic_routes(
        self,
        *,
        offset: int | None = None,
        limit: int | None = None,
        options: RequestOptions | None = None,
    ) -> models.DynamicRouteListResponse:
        """List dynamic routes

        Lists versioned dynamic routes and their API-key attachments for the workspace.

        Args:
            offset: Number of records to skip.
            limit: Maximum number of records to return.
        """
        return self._send(_endpoints.list_dynamic_routes(offset=offset, limit=limit), options)

    def create_dynamic_route(
        self, *, body: models.DynamicRouteCreateRequest, options: RequestOptions | None = None
    ) -> models.DynamicRouteResponse:
        """Create a dynamic route

        Creates a dynamic route with its first immutable configuration version.
        """
        return self._send(_endpoints.create_dynamic_route(body=body), options)

    def get_dynamic_route(
        self, id: str, *, options: RequestOptions | None = None
    ) -> models.DynamicRouteResponse:
        """Get a dynamic route

        Returns one workspace dynamic route with versions and API-key attachments.

        Args:
            id: Dynamic route identifier.
        """
        return self._send(_endpoints.get_dynamic_route(id), options)

    def delete_dynamic_route(
        self, id: str, *, confirm_name: str | None = None, options: RequestOptions | None = None
    ) -> models.DynamicRouteDeleteResponse:
        """Delete a dynamic route

        Permanently deletes a route and refreshes all previously attached API-key contexts.

        Args:
            id: Dynamic route identifier.
            confirm_name: Optional exact route-name confirmation.
        """
        return self._send(_endpoints.delete_dynamic_route(id, confirm_name=confirm_name), options)

    def update_dynamic_route(
        self,
        id: str,
        *,
        body: models.DynamicRouteUpdateRequest,
        options: RequestOptions | None = None,
    ) -> models.DynamicRouteResponse:
        """Update a dynamic route

        Updates route metadata and creates a new immutable version when configuration changes.

        Args:
            id: Dynamic route identifier.
        """
        return self._send(_endpoints.update_dynamic_route(id, body=body), options)

    def replace_dynamic_route_keys(
        self,
        id: str,
        *,
        body: models.DynamicRouteKeysUpdateRequest,
        options: RequestOptions | None = None,
    ) -> models.DynamicRouteKeysResponse:
        """Replace dynamic-route API keys

        Atomically replaces API-key attachments and refreshes affected gateway contexts.

        Args:
            id: Dynamic route identifier.
        """
        return self._send(_endpoints.replace_dynamic_route_keys(id, body=body), options)

    def deploy_dynamic_route_version(
        self, id: str, version: int, *, options: RequestOptions | None = None
    ) -> models.DynamicRouteDeployResponse:
        """Deploy a dynamic-route version

        Makes an immutable route version active and refreshes attached-key contexts.

        Args:
            id: Dynamic route identifier.
            version: Immutable dynamic route version.
        """
        return self._send(_endpoints.deploy_dynamic_route_version(id, version), options)

    def list_endpoints(
        self, *, options: RequestOptions | None = None
    ) -> models.EndpointCatalogueResponse:
        """List endpoints

        Lists capability-backed gateway endpoint IDs with public paths, modality collections, model counts, provider counts, and sample models.
        """
        return self._send(_endpoints.list_endpoints(), options)

    def wait_for_music_generation(
        self,
        music_id: str,
        *,
        timeout: float = 600.0,
        poll_interval: float = 5.0,
        on_progress: Callable[[models.MusicGenerateResponse], None] | None = None,
        options: RequestOptions | None = None,
    ) -> models.MusicGenerateResponse:
        """Poll `get_music_generation` until the job's `status` is terminal; return the final response.

        Sleeps `poll_interval` seconds between polls
        and calls `on_progress` with each response.
        Raises `errors.JobFailedError` on failed,
        and `errors.WaitTimeoutError` when `timeout` seconds pass first.
        """
        return self._wait(
            lambda: self.get_music_generation(music_id, options=options),
            _WAIT_FOR_MUSIC_GENERATION,
            timeout,
            poll_interval,
            on_progress,
        )

    def wait_for_music_generation_alias(
        self,
        music_id: str,
        *,
        timeout: float = 600.0,
        poll_interval: float = 5.0,
        on_progress: Callable[[models.MusicGenerateResponse], None] | None = None,
        options: RequestOptions | None = None,
    ) -> models.MusicGenerateResponse:
        """Poll `get_music_generation_alias` until the job's `status` is terminal; return the final response.

        Sleeps `poll_interval` seconds between polls
        and calls `on_progress` with each response.
        Raises `errors.JobFailedError` on failed,
        and `errors.WaitTimeoutError` when `timeout` seconds pass first.
        """
        return self._wait(
            lambda: self.get_music_generation_alias(music_id, options=options),
            _WAIT_FOR_MUSIC_GENERATION_ALIAS,
            timeout,
            poll_interval,
            on_progress,
        )


class RawResponses:
    """Every operation, returning the `ApiResponse` (status, headers, body; `.parse()` decodes it)."""

    def __init__(self, client: Client) -> None:
        self._client = client

    list_models = RawResponseMethod(Client.list_models)
    list_model_endpoints = RawResponseMethod(Client.list_model_endpoints)
    list_team_models = RawResponseMethod(Client.list_team_models)
    list_providers = RawResponseMethod(Client.list_providers)
    get_generation = RawResponseMethod(Client.get_generation)
    create_chat_completion = RawResponseMethod(Client.create_chat_completion)
    create_response = RawResponseMethod(Client.create_response)
    open_async_job_web_socket = RawResponseMethod(Client.open_async_job_web_socket)
    create_anthropic_message = RawResponseMethod(Client.create_anthropic_message)
    create_embedding = RawResponseMethod(Client.create_embedding)
    create_moderation = RawResponseMethod(Client.create_moderation)
    create_rerank = RawResponseMethod(Client.create_rerank)
    create_speech = RawResponseMethod(Client.create_speech)
    create_transcription = RawResponseMethod(Client.create_transcription)
    create_translation = RawResponseMethod(Client.create_translation)
    create_realtime_session = RawResponseMethod(Client.create_realtime_session)
    connect_realtime_session_relay = RawResponseMethod(Client.connect_realtime_session_relay)
    finalize_realtime_session = RawResponseMethod(Client.finalize_realtime_session)
    create_image = RawResponseMethod(Client.create_image)
    create_image_edit = RawResponseMethod(Client.create_image_edit)
    create_ocr = RawResponseMethod(Client.create_ocr)
    create_parse = RawResponseMethod(Client.create_parse)
    generate_music = RawResponseMethod(Client.generate_music)
    get_music_generation = RawResponseMethod(Client.get_music_generation)
    list_files = RawResponseMethod(Client.list_files)
    upload_file = RawResponseMethod(Client.upload_file)
    retrieve_file = RawResponseMethod(Client.retrieve_file)
    retrieve_file_content = RawResponseMethod(Client.retrieve_file_content)
    get_activity_alias = RawResponseMethod(Client.get_activity_alias)
    export_analytics_csv = RawResponseMethod(Client.export_analytics_csv)
    get_credits = RawResponseMethod(Client.get_credits)
    get_current_api_key = RawResponseMethod(Client.get_current_api_key)
    list_api_keys = RawResponseMethod(Client.list_api_keys)
    create_api_key = RawResponseMethod(Client.create_api_key)
    get_api_key = RawResponseMethod(Client.get_api_key)
    delete_api_key = RawResponseMethod(Client.delete_api_key)
    update_api_key = RawResponseMethod(Client.update_api_key)
    rotate_api_key = RawResponseMethod(Client.rotate_api_key)
    invalidate_api_key_cache = RawResponseMethod(Client.invalidate_api_key_cache)
    get_workspace_sso = RawResponseMethod(Client.get_workspace_sso)
    update_workspace_sso = RawResponseMethod(Client.update_workspace_sso)
    get_workspace_scim = RawResponseMethod(Client.get_workspace_scim)
    update_workspace_scim = RawResponseMethod(Client.update_workspace_scim)
    create_workspace_scim_token = RawResponseMethod(Client.create_workspace_scim_token)
    revoke_workspace_scim_token = RawResponseMethod(Client.revoke_workspace_scim_token)
    list_workspace_scim_audit_events = RawResponseMethod(Client.list_workspace_scim_audit_events)
    get_workspace_directory = RawResponseMethod(Client.get_workspace_directory)
    update_workspace_directory_member = RawResponseMethod(Client.update_workspace_directory_member)
    list_workspace_departments = RawResponseMethod(Client.list_workspace_departments)
    create_workspace_department = RawResponseMethod(Client.create_workspace_department)
    delete_workspace_department = RawResponseMethod(Client.delete_workspace_department)
    update_workspace_department = RawResponseMethod(Client.update_workspace_department)
    set_workspace_department_member = RawResponseMethod(Client.set_workspace_department_member)
    delete_workspace_department_member = RawResponseMethod(
        Client.delete_workspace_department_member
    )
    list_workspace_group_mappings = RawResponseMethod(Client.list_workspace_group_mappings)
    create_workspace_group_mapping = RawResponseMethod(Client.create_workspace_group_mapping)
    delete_workspace_group_mapping = RawResponseMethod(Client.delete_workspace_group_mapping)
    update_workspace_group_mapping = RawResponseMethod(Client.update_workspace_group_mapping)
    get_workspace_notification_settings = RawResponseMethod(
        Client.get_workspace_notification_settings
    )
    update_workspace_notification_settings = RawResponseMethod(
        Client.update_workspace_notification_settings
    )
    list_workspace_apps = RawResponseMethod(Client.list_workspace_apps)
    update_workspace_app = RawResponseMethod(Client.update_workspace_app)
    merge_workspace_app = RawResponseMethod(Client.merge_workspace_app)
    list_gateway_request_logs = RawResponseMethod(Client.list_gateway_request_logs)
    get_gateway_request_log = RawResponseMethod(Client.get_gateway_request_log)
    list_gateway_feedback = RawResponseMethod(Client.list_gateway_feedback)
    create_gateway_feedback = RawResponseMethod(Client.create_gateway_feedback)
    summarize_gateway_feedback = RawResponseMethod(Client.summarize_gateway_feedback)
    list_gateway_observability_events = RawResponseMethod(Client.list_gateway_observability_events)
    create_gateway_observability_event = RawResponseMethod(
        Client.create_gateway_observability_event
    )
    list_preset_test_runs = RawResponseMethod(Client.list_preset_test_runs)
    create_preset_test_run = RawResponseMethod(Client.create_preset_test_run)
    get_preset_test_run = RawResponseMethod(Client.get_preset_test_run)
    update_preset_test_run = RawResponseMethod(Client.update_preset_test_run)
    list_provider_credentials = RawResponseMethod(Client.list_provider_credentials)
    create_provider_credential = RawResponseMethod(Client.create_provider_credential)
    reorder_provider_credentials = RawResponseMethod(Client.reorder_provider_credentials)
    get_provider_credential = RawResponseMethod(Client.get_provider_credential)
    delete_provider_credential = RawResponseMethod(Client.delete_provider_credential)
    update_provider_credential = RawResponseMethod(Client.update_provider_credential)
    list_workspace_budgets = RawResponseMethod(Client.list_workspace_budgets)
    create_workspace_budget = RawResponseMethod(Client.create_workspace_budget)
    get_workspace_budget = RawResponseMethod(Client.get_workspace_budget)
    delete_workspace_budget = RawResponseMethod(Client.delete_workspace_budget)
    update_workspace_budget = RawResponseMethod(Client.update_workspace_budget)
    list_workspace_notification_destinations = RawResponseMethod(
        Client.list_workspace_notification_destinations
    )
    create_workspace_notification_destination = RawResponseMethod(
        Client.create_workspace_notification_destination
    )
    delete_workspace_notification_destination = RawResponseMethod(
        Client.delete_workspace_notification_destination
    )
    test_workspace_notification_destination_config = RawResponseMethod(
        Client.test_workspace_notification_destination_config
    )
    test_workspace_notification_destination = RawResponseMethod(
        Client.test_workspace_notification_destination
    )
    list_workspace_notification_routes = RawResponseMethod(
        Client.list_workspace_notification_routes
    )
    update_workspace_notification_route = RawResponseMethod(
        Client.update_workspace_notification_route
    )
    get_data_contribution_settings = RawResponseMethod(Client.get_data_contribution_settings)
    update_data_contribution_consent = RawResponseMethod(Client.update_data_contribution_consent)
    create_data_contribution_classifier = RawResponseMethod(
        Client.create_data_contribution_classifier
    )
    delete_data_contribution_classifier = RawResponseMethod(
        Client.delete_data_contribution_classifier
    )
    update_data_contribution_classifier = RawResponseMethod(
        Client.update_data_contribution_classifier
    )
    list_oauth_clients = RawResponseMethod(Client.list_oauth_clients)
    create_oauth_client = RawResponseMethod(Client.create_oauth_client)
    get_oauth_client = RawResponseMethod(Client.get_oauth_client)
    delete_oauth_client = RawResponseMethod(Client.delete_oauth_client)
    update_oauth_client = RawResponseMethod(Client.update_oauth_client)
    regenerate_oauth_client_secret = RawResponseMethod(Client.regenerate_oauth_client_secret)
    list_webhook_endpoints = RawResponseMethod(Client.list_webhook_endpoints)
    create_webhook_endpoint = RawResponseMethod(Client.create_webhook_endpoint)
    get_webhook_endpoint = RawResponseMethod(Client.get_webhook_endpoint)
    delete_webhook_endpoint = RawResponseMethod(Client.delete_webhook_endpoint)
    update_webhook_endpoint = RawResponseMethod(Client.update_webhook_endpoint)
    rotate_webhook_endpoint_secret = RawResponseMethod(Client.rotate_webhook_endpoint_secret)
    list_guardrails = RawResponseMethod(Client.list_guardrails)
    create_guardrail = RawResponseMethod(Client.create_guardrail)
    get_guardrail = RawResponseMethod(Client.get_guardrail)
    delete_guardrail = RawResponseMethod(Client.delete_guardrail)
    update_guardrail = RawResponseMethod(Client.update_guardrail)
    list_guardrail_keys = RawResponseMethod(Client.list_guardrail_keys)
    replace_guardrail_keys = RawResponseMethod(Client.replace_guardrail_keys)
    add_guardrail_keys = RawResponseMethod(Client.add_guardrail_keys)
    remove_guardrail_keys = RawResponseMethod(Client.remove_guardrail_keys)
    list_guardrail_members = RawResponseMethod(Client.list_guardrail_members)
    add_guardrail_members = RawResponseMethod(Client.add_guardrail_members)
    remove_guardrail_members = RawResponseMethod(Client.remove_guardrail_members)
    list_management_keys = RawResponseMethod(Client.list_management_keys)
    create_management_key = RawResponseMethod(Client.create_management_key)
    get_management_key = RawResponseMethod(Client.get_management_key)
    delete_management_key = RawResponseMethod(Client.delete_management_key)
    update_management_key = RawResponseMethod(Client.update_management_key)
    get_activity = RawResponseMethod(Client.get_activity)
    list_workspace_audit_events = RawResponseMethod(Client.list_workspace_audit_events)
    list_workspaces = RawResponseMethod(Client.list_workspaces)
    create_workspace = RawResponseMethod(Client.create_workspace)
    get_workspace = RawResponseMethod(Client.get_workspace)
    delete_workspace = RawResponseMethod(Client.delete_workspace)
    update_workspace = RawResponseMethod(Client.update_workspace)
    list_workspace_members = RawResponseMethod(Client.list_workspace_members)
    add_workspace_members = RawResponseMethod(Client.add_workspace_members)
    remove_workspace_members = RawResponseMethod(Client.remove_workspace_members)
    update_workspace_member_role = RawResponseMethod(Client.update_workspace_member_role)
    list_workspace_invites = RawResponseMethod(Client.list_workspace_invites)
    create_workspace_invite = RawResponseMethod(Client.create_workspace_invite)
    delete_workspace_invite = RawResponseMethod(Client.delete_workspace_invite)
    list_workspace_join_requests = RawResponseMethod(Client.list_workspace_join_requests)
    approve_workspace_join_request = RawResponseMethod(Client.approve_workspace_join_request)
    reject_workspace_join_request = RawResponseMethod(Client.reject_workspace_join_request)
    get_observability_logging_policy = RawResponseMethod(Client.get_observability_logging_policy)
    update_observability_logging_policy = RawResponseMethod(
        Client.update_observability_logging_policy
    )
    list_observability_destinations = RawResponseMethod(Client.list_observability_destinations)
    create_observability_destination = RawResponseMethod(Client.create_observability_destination)
    get_observability_destination = RawResponseMethod(Client.get_observability_destination)
    delete_observability_destination = RawResponseMethod(Client.delete_observability_destination)
    update_observability_destination = RawResponseMethod(Client.update_observability_destination)
    list_organisations = RawResponseMethod(Client.list_organisations)
    list_pricing_models = RawResponseMethod(Client.list_pricing_models)
    calculate_pricing = RawResponseMethod(Client.calculate_pricing)
    get_provider_derank_status = RawResponseMethod(Client.get_provider_derank_status)
    get_health = RawResponseMethod(Client.get_health)
    generate_music_alias = RawResponseMethod(Client.generate_music_alias)
    get_music_generation_alias = RawResponseMethod(Client.get_music_generation_alias)
    list_data_models = RawResponseMethod(Client.list_data_models)
    list_presets = RawResponseMethod(Client.list_presets)
    create_preset = RawResponseMethod(Client.create_preset)
    get_preset_publisher = RawResponseMethod(Client.get_preset_publisher)
    update_preset_publisher = RawResponseMethod(Client.update_preset_publisher)
    get_preset = RawResponseMethod(Client.get_preset)
    delete_preset = RawResponseMethod(Client.delete_preset)
    update_preset = RawResponseMethod(Client.update_preset)
    list_preset_versions = RawResponseMethod(Client.list_preset_versions)
    publish_preset_version = RawResponseMethod(Client.publish_preset_version)
    fork_preset = RawResponseMethod(Client.fork_preset)
    apply_preset_upstream_version = RawResponseMethod(Client.apply_preset_upstream_version)
    get_workspace_settings = RawResponseMethod(Client.get_workspace_settings)
    update_workspace_settings = RawResponseMethod(Client.update_workspace_settings)
    list_dynamic_routes = RawResponseMethod(Client.list_dynamic_routes)
    create_dynamic_route = RawResponseMethod(Client.create_dynamic_route)
    get_dynamic_route = RawResponseMethod(Client.get_dynamic_route)
    delete_dynamic_route = RawResponseMethod(Client.delete_dynamic_route)
    update_dynamic_route = RawResponseMethod(Client.update_dynamic_route)
    replace_dynamic_route_keys = RawResponseMethod(Client.replace_dynamic_route_keys)
    deploy_dynamic_route_version = RawResponseMethod(Client.deploy_dynamic_route_version)
    list_endpoints = RawResponseMethod(Client.list_endpoints)


class AsyncPaginators(AsyncPaginatorsBase):
    """The methods of `Paginators`, giving an `AsyncPager` (iterate with `async for`)."""

    list_models = AsyncPagerMethod(Paginators.list_models)
    list_team_models = AsyncPagerMethod(Paginators.list_team_models)
    list_providers = AsyncPagerMethod(Paginators.list_providers)
    get_activity_alias = AsyncPagerMethod(Paginators.get_activity_alias)
    list_api_keys = AsyncPagerMethod(Paginators.list_api_keys)
    list_workspace_apps = AsyncPagerMethod(Paginators.list_workspace_apps)
    list_gateway_request_logs = AsyncPagerMethod(Paginators.list_gateway_request_logs)
    list_gateway_feedback = AsyncPagerMethod(Paginators.list_gateway_feedback)
    list_gateway_observability_events = AsyncPagerMethod(
        Paginators.list_gateway_observability_events
    )
    list_preset_test_runs = AsyncPagerMethod(Paginators.list_preset_test_runs)
    list_provider_credentials = AsyncPagerMethod(Paginators.list_provider_credentials)
    list_webhook_endpoints = AsyncPagerMethod(Paginators.list_webhook_endpoints)
    list_guardrails = AsyncPagerMethod(Paginators.list_guardrails)
    list_management_keys = AsyncPagerMethod(Paginators.list_management_keys)
    get_activity = AsyncPagerMethod(Paginators.get_activity)
    list_workspace_audit_events = AsyncPagerMethod(Paginators.list_workspace_audit_events)
    list_workspaces = AsyncPagerMethod(Paginators.list_workspaces)
    list_workspace_members = AsyncPagerMethod(Paginators.list_workspace_members)
    list_workspace_invites = AsyncPagerMethod(Paginators.list_workspace_invites)
    list_workspace_join_requests = AsyncPagerMethod(Paginators.list_workspace_join_requests)
    list_observability_destinations = AsyncPagerMethod(Paginators.list_observability_destinations)
    list_organisations = AsyncPagerMethod(Paginators.list_organisations)
    list_data_models = AsyncPagerMethod(Paginators.list_data_models)
    list_presets = AsyncPagerMethod(Paginators.list_presets)
    list_dynamic_routes = AsyncPagerMethod(Paginators.list_dynamic_routes)


class AsyncStreamingResponses:
    """The methods of `StreamingResponses`, awaited, giving an `AsyncStreamedResponse`."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    list_models = AsyncStreamMethod(StreamingResponses.list_models)
    list_team_models = AsyncStreamMethod(StreamingResponses.list_team_models)
    create_anthropic_message = AsyncStreamMethod(StreamingResponses.create_anthropic_message)
    create_speech = AsyncStreamMethod(StreamingResponses.create_speech)
    retrieve_file_content = AsyncStreamMethod(StreamingResponses.retrieve_file_content)
    export_analytics_csv = AsyncStreamMethod(StreamingResponses.export_analytics_csv)
    list_data_models = AsyncStreamMethod(StreamingResponses.list_data_models)


class AsyncClient(AsyncClientBase):
    """Asynchronous client for Phaseo Gateway API: `Client`'s operations, awaited.

    Every operation is the `Client` method of the same name, run on this client and awaited:
    same parameters, defaults and documentation, and `await client.op(...)` returns what
    `Client.op(...)` returns. `paginate`, `with_raw_response` and `with_streaming_response`
    likewise reuse the methods of `Client`'s namespaces.

    Args:
        api_key: The credential; defaults to the `AI_STATS_GATEWAY_API_KEY` environment variable.
        base_url: Defaults to `AI_STATS_GATEWAY_BASE_URL`, else the spec's first server.
        timeout: Seconds, or an `httpx.Timeout`, for every request (per call: `options`).
        http_client: An `httpx.AsyncClient` to send with, for
            proxies, transports or shared pools; it is then yours to close.
        default_headers: Headers sent with every request.
        max_retries: Retries of a failed request (connection errors, timeouts, 408, 409, 429, 5xx).
        idempotency_header: The header carrying `options={"idempotency_key": ...}`.
        max_response_bytes: Larger response bodies raise `ResponseTooLargeError` unread.
        verify: TLS certificate verification of the client created here; on unless set to False.
        sleep: How to wait between retries and polls (for tests); defaults to `asyncio.sleep`.
        clock: A monotonic clock in seconds (for tests); defaults to `time.monotonic`.
        validate_responses: Check every JSON response body against the spec's types (the
            default). False builds the same models without checking value types, with less
            work; see `from_dict_unvalidated` on the models for what is not checked.
    """

    _security_schemes = _endpoints.SECURITY_SCHEMES

    @property
    def with_raw_response(self) -> AsyncRawResponses:
        """The operations returning the raw response; `.parse()` gives the model without a second request."""
        return AsyncRawResponses(self)

    @property
    def paginate(self) -> AsyncPaginators:
        """The operations that page, iterating over every item and fetching pages as needed."""
        return AsyncPaginators(self)

    @property
    def with_streaming_response(self) -> AsyncStreamingResponses:
        """The operations with streamable bodies, returning them unread (use `with`)."""
        return AsyncStreamingResponses(self)

    list_models = AsyncMethod(Client.list_models)
    list_model_endpoints = AsyncMethod(Client.list_model_endpoints)
    list_team_models = AsyncMethod(Client.list_team_models)
    list_providers = AsyncMethod(Client.list_providers)
    get_generation = AsyncMethod(Client.get_generation)
    create_chat_completion = AsyncMethod(Client.create_chat_completion)
    create_response = AsyncMethod(Client.create_response)
    open_async_job_web_socket = AsyncMethod(Client.open_async_job_web_socket)
    create_anthropic_message = AsyncMethod(Client.create_anthropic_message)
    create_embedding = AsyncMethod(Client.create_embedding)
    create_moderation = AsyncMethod(Client.create_moderation)
    create_rerank = AsyncMethod(Client.create_rerank)
    create_speech = AsyncMethod(Client.create_speech)
    create_transcription = AsyncMethod(Client.create_transcription)
    create_translation = AsyncMethod(Client.create_translation)
    create_realtime_session = AsyncMethod(Client.create_realtime_session)
    connect_realtime_session_relay = AsyncMethod(Client.connect_realtime_session_relay)
    finalize_realtime_session = AsyncMethod(Client.finalize_realtime_session)
    create_image = AsyncMethod(Client.create_image)
    create_image_edit = AsyncMethod(Client.create_image_edit)
    create_ocr = AsyncMethod(Client.create_ocr)
    create_parse = AsyncMethod(Client.create_parse)
    generate_music = AsyncMethod(Client.generate_music)
    get_music_generation = AsyncMethod(Client.get_music_generation)
    list_files = AsyncMethod(Client.list_files)
    upload_file = AsyncMethod(Client.upload_file)
    retrieve_file = AsyncMethod(Client.retrieve_file)
    retrieve_file_content = AsyncMethod(Client.retrieve_file_content)
    get_activity_alias = AsyncMethod(Client.get_activity_alias)
    export_analytics_csv = AsyncMethod(Client.export_analytics_csv)
    get_credits = AsyncMethod(Client.get_credits)
    get_current_api_key = AsyncMethod(Client.get_current_api_key)
    list_api_keys = AsyncMethod(Client.list_api_keys)
    create_api_key = AsyncMethod(Client.create_api_key)
    get_api_key = AsyncMethod(Client.get_api_key)
    delete_api_key = AsyncMethod(Client.delete_api_key)
    update_api_key = AsyncMethod(Client.update_api_key)
    rotate_api_key = AsyncMethod(Client.rotate_api_key)
    invalidate_api_key_cache = AsyncMethod(Client.invalidate_api_key_cache)
    get_workspace_sso = AsyncMethod(Client.get_workspace_sso)
    update_workspace_sso = AsyncMethod(Client.update_workspace_sso)
    get_workspace_scim = AsyncMethod(Client.get_workspace_scim)
    update_workspace_scim = AsyncMethod(Client.update_workspace_scim)
    create_workspace_scim_token = AsyncMethod(Client.create_workspace_scim_token)
    revoke_workspace_scim_token = AsyncMethod(Client.revoke_workspace_scim_token)
    list_workspace_scim_audit_events = AsyncMethod(Client.list_workspace_scim_audit_events)
    get_workspace_directory = AsyncMethod(Client.get_workspace_directory)
    update_workspace_directory_member = AsyncMethod(Client.update_workspace_directory_member)
    list_workspace_departments = AsyncMethod(Client.list_workspace_departments)
    create_workspace_department = AsyncMethod(Client.create_workspace_department)
    delete_workspace_department = AsyncMethod(Client.delete_workspace_department)
    update_workspace_department = AsyncMethod(Client.update_workspace_department)
    set_workspace_department_member = AsyncMethod(Client.set_workspace_department_member)
    delete_workspace_department_member = AsyncMethod(Client.delete_workspace_department_member)
    list_workspace_group_mappings = AsyncMethod(Client.list_workspace_group_mappings)
    create_workspace_group_mapping = AsyncMethod(Client.create_workspace_group_mapping)
    delete_workspace_group_mapping = AsyncMethod(Client.delete_workspace_group_mapping)
    update_workspace_group_mapping = AsyncMethod(Client.update_workspace_group_mapping)
    get_workspace_notification_settings = AsyncMethod(Client.get_workspace_notification_settings)
    update_workspace_notification_settings = AsyncMethod(
        Client.update_workspace_notification_settings
    )
    list_workspace_apps = AsyncMethod(Client.list_workspace_apps)
    update_workspace_app = AsyncMethod(Client.update_workspace_app)
    merge_workspace_app = AsyncMethod(Client.merge_workspace_app)
    list_gateway_request_logs = AsyncMethod(Client.list_gateway_request_logs)
    get_gateway_request_log = AsyncMethod(Client.get_gateway_request_log)
    list_gateway_feedback = AsyncMethod(Client.list_gateway_feedback)
    create_gateway_feedback = AsyncMethod(Client.create_gateway_feedback)
    summarize_gateway_feedback = AsyncMethod(Client.summarize_gateway_feedback)
    list_gateway_observability_events = AsyncMethod(Client.list_gateway_observability_events)
    create_gateway_observability_event = AsyncMethod(Client.create_gateway_observability_event)
    list_preset_test_runs = AsyncMethod(Client.list_preset_test_runs)
    create_preset_test_run = AsyncMethod(Client.create_preset_test_run)
    get_preset_test_run = AsyncMethod(Client.get_preset_test_run)
    update_preset_test_run = AsyncMethod(Client.update_preset_test_run)
    list_provider_credentials = AsyncMethod(Client.list_provider_credentials)
    create_provider_credential = AsyncMethod(Client.create_provider_credential)
    reorder_provider_credentials = AsyncMethod(Client.reorder_provider_credentials)
    get_provider_credential = AsyncMethod(Client.get_provider_credential)
    delete_provider_credential = AsyncMethod(Client.delete_provider_credential)
    update_provider_credential = AsyncMethod(Client.update_provider_credential)
    list_workspace_budgets = AsyncMethod(Client.list_workspace_budgets)
    create_workspace_budget = AsyncMethod(Client.create_workspace_budget)
    get_workspace_budget = AsyncMethod(Client.get_workspace_budget)
    delete_workspace_budget = AsyncMethod(Client.delete_workspace_budget)
    update_workspace_budget = AsyncMethod(Client.update_workspace_budget)
    list_workspace_notification_destinations = AsyncMethod(
        Client.list_workspace_notification_destinations
    )
    create_workspace_notification_destination = AsyncMethod(
        Client.create_workspace_notification_destination
    )
    delete_workspace_notification_destination = AsyncMethod(
        Client.delete_workspace_notification_destination
    )
    test_workspace_notification_destination_config = AsyncMethod(
        Client.test_workspace_notification_destination_config
    )
    test_workspace_notification_destination = AsyncMethod(
        Client.test_workspace_notification_destination
    )
    list_workspace_notification_routes = AsyncMethod(Client.list_workspace_notification_routes)
    update_workspace_notification_route = AsyncMethod(Client.update_workspace_notification_route)
    get_data_contribution_settings = AsyncMethod(Client.get_data_contribution_settings)
    update_data_contribution_consent = AsyncMethod(Client.update_data_contribution_consent)
    create_data_contribution_classifier = AsyncMethod(Client.create_data_contribution_classifier)
    delete_data_contribution_classifier = AsyncMethod(Client.delete_data_contribution_classifier)
    update_data_contribution_classifier = AsyncMethod(Client.update_data_contribution_classifier)
    list_oauth_clients = AsyncMethod(Client.list_oauth_clients)
    create_oauth_client = AsyncMethod(Client.create_oauth_client)
    get_oauth_client = AsyncMethod(Client.get_oauth_client)
    delete_oauth_client = AsyncMethod(Client.delete_oauth_client)
    update_oauth_client = AsyncMethod(Client.update_oauth_client)
    regenerate_oauth_client_secret = AsyncMethod(Client.regenerate_oauth_client_secret)
    list_webhook_endpoints = AsyncMethod(Client.list_webhook_endpoints)
    create_webhook_endpoint = AsyncMethod(Client.create_webhook_endpoint)
    get_webhook_endpoint = AsyncMethod(Client.get_webhook_endpoint)
    delete_webhook_endpoint = AsyncMethod(Client.delete_webhook_endpoint)
    update_webhook_endpoint = AsyncMethod(Client.update_webhook_endpoint)
    rotate_webhook_endpoint_secret = AsyncMethod(Client.rotate_webhook_endpoint_secret)
    list_guardrails = AsyncMethod(Client.list_guardrails)
    create_guardrail = AsyncMethod(Client.create_guardrail)
    get_guardrail = AsyncMethod(Client.get_guardrail)
    delete_guardrail = AsyncMethod(Client.delete_guardrail)
    update_guardrail = AsyncMethod(Client.update_guardrail)
    list_guardrail_keys = AsyncMethod(Client.list_guardrail_keys)
    replace_guardrail_keys = AsyncMethod(Client.replace_guardrail_keys)
    add_guardrail_keys = AsyncMethod(Client.add_guardrail_keys)
    remove_guardrail_keys = AsyncMethod(Client.remove_guardrail_keys)
    list_guardrail_members = AsyncMethod(Client.list_guardrail_members)
    add_guardrail_members = AsyncMethod(Client.add_guardrail_members)
    remove_guardrail_members = AsyncMethod(Client.remove_guardrail_members)
    list_management_keys = AsyncMethod(Client.list_management_keys)
    create_management_key = AsyncMethod(Client.create_management_key)
    get_management_key = AsyncMethod(Client.get_management_key)
    delete_management_key = AsyncMethod(Client.delete_management_key)
    update_management_key = AsyncMethod(Client.update_management_key)
    get_activity = AsyncMethod(Client.get_activity)
    list_workspace_audit_events = AsyncMethod(Client.list_workspace_audit_events)
    list_workspaces = AsyncMethod(Client.list_workspaces)
    create_workspace = AsyncMethod(Client.create_workspace)
    get_workspace = AsyncMethod(Client.get_workspace)
    delete_workspace = AsyncMethod(Client.delete_workspace)
    update_workspace = AsyncMethod(Client.update_workspace)
    list_workspace_members = AsyncMethod(Client.list_workspace_members)
    add_workspace_members = AsyncMethod(Client.add_workspace_members)
    remove_workspace_members = AsyncMethod(Client.remove_workspace_members)
    update_workspace_member_role = AsyncMethod(Client.update_workspace_member_role)
    list_workspace_invites = AsyncMethod(Client.list_workspace_invites)
    create_workspace_invite = AsyncMethod(Client.create_workspace_invite)
    delete_workspace_invite = AsyncMethod(Client.delete_workspace_invite)
    list_workspace_join_requests = AsyncMethod(Client.list_workspace_join_requests)
    approve_workspace_join_request = AsyncMethod(Client.approve_workspace_join_request)
    reject_workspace_join_request = AsyncMethod(Client.reject_workspace_join_request)
    get_observability_logging_policy = AsyncMethod(Client.get_observability_logging_policy)
    update_observability_logging_policy = AsyncMethod(Client.update_observability_logging_policy)
    list_observability_destinations = AsyncMethod(Client.list_observability_destinations)
    create_observability_destination = AsyncMethod(Client.create_observability_destination)
    get_observability_destination = AsyncMethod(Client.get_observability_destination)
    delete_observability_destination = AsyncMethod(Client.delete_observability_destination)
    update_observability_destination = AsyncMethod(Client.update_observability_destination)
    list_organisations = AsyncMethod(Client.list_organisations)
    list_pricing_models = AsyncMethod(Client.list_pricing_models)
    calculate_pricing = AsyncMethod(Client.calculate_pricing)
    get_provider_derank_status = AsyncMethod(Client.get_provider_derank_status)
    get_health = AsyncMethod(Client.get_health)
    generate_music_alias = AsyncMethod(Client.generate_music_alias)
    get_music_generation_alias = AsyncMethod(Client.get_music_generation_alias)
    list_data_models = AsyncMethod(Client.list_data_models)
    list_presets = AsyncMethod(Client.list_presets)
    create_preset = AsyncMethod(Client.create_preset)
    get_preset_publisher = AsyncMethod(Client.get_preset_publisher)
    update_preset_publisher = AsyncMethod(Client.update_preset_publisher)
    get_preset = AsyncMethod(Client.get_preset)
    delete_preset = AsyncMethod(Client.delete_preset)
    update_preset = AsyncMethod(Client.update_preset)
    list_preset_versions = AsyncMethod(Client.list_preset_versions)
    publish_preset_version = AsyncMethod(Client.publish_preset_version)
    fork_preset = AsyncMethod(Client.fork_preset)
    apply_preset_upstream_version = AsyncMethod(Client.apply_preset_upstream_version)
    get_workspace_settings = AsyncMethod(Client.get_workspace_settings)
    update_workspace_settings = AsyncMethod(Client.update_workspace_settings)
    list_dynamic_routes = AsyncMethod(Client.list_dynamic_routes)
    create_dynamic_route = AsyncMethod(Client.create_dynamic_route)
    get_dynamic_route = AsyncMethod(Client.get_dynamic_route)
    delete_dynamic_route = AsyncMethod(Client.delete_dynamic_route)
    update_dynamic_route = AsyncMethod(Client.update_dynamic_route)
    replace_dynamic_route_keys = AsyncMethod(Client.replace_dynamic_route_keys)
    deploy_dynamic_route_version = AsyncMethod(Client.deploy_dynamic_route_version)
    list_endpoints = AsyncMethod(Client.list_endpoints)
    wait_for_music_generation = AsyncMethod(Client.wait_for_music_generation)
    wait_for_music_generation_alias = AsyncMethod(Client.wait_for_music_generation_alias)


class AsyncRawResponses:
    """Every operation, returning the `ApiResponse` (status, headers, body; `.parse()` decodes it)."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    list_models = AsyncRawResponseMethod(Client.list_models)
    list_model_endpoints = AsyncRawResponseMethod(Client.list_model_endpoints)
    list_team_models = AsyncRawResponseMethod(Client.list_team_models)
    list_providers = AsyncRawResponseMethod(Client.list_providers)
    get_generation = AsyncRawResponseMethod(Client.get_generation)
    create_chat_completion = AsyncRawResponseMethod(Client.create_chat_completion)
    create_response = AsyncRawResponseMethod(Client.create_response)
    open_async_job_web_socket = AsyncRawResponseMethod(Client.open_async_job_web_socket)
    create_anthropic_message = AsyncRawResponseMethod(Client.create_anthropic_message)
    create_embedding = AsyncRawResponseMethod(Client.create_embedding)
    create_moderation = AsyncRawResponseMethod(Client.create_moderation)
    create_rerank = AsyncRawResponseMethod(Client.create_rerank)
    create_speech = AsyncRawResponseMethod(Client.create_speech)
    create_transcription = AsyncRawResponseMethod(Client.create_transcription)
    create_translation = AsyncRawResponseMethod(Client.create_translation)
    create_realtime_session = AsyncRawResponseMethod(Client.create_realtime_session)
    connect_realtime_session_relay = AsyncRawResponseMethod(Client.connect_realtime_session_relay)
    finalize_realtime_session = AsyncRawResponseMethod(Client.finalize_realtime_session)
    create_image = AsyncRawResponseMethod(Client.create_image)
    create_image_edit = AsyncRawResponseMethod(Client.create_image_edit)
    create_ocr = AsyncRawResponseMethod(Client.create_ocr)
    create_parse = AsyncRawResponseMethod(Client.create_parse)
    generate_music = AsyncRawResponseMethod(Client.generate_music)
    get_music_generation = AsyncRawResponseMethod(Client.get_music_generation)
    list_files = AsyncRawResponseMethod(Client.list_files)
    upload_file = AsyncRawResponseMethod(Client.upload_file)
    retrieve_file = AsyncRawResponseMethod(Client.retrieve_file)
    retrieve_file_content = AsyncRawResponseMethod(Client.retrieve_file_content)
    get_activity_alias = AsyncRawResponseMethod(Client.get_activity_alias)
    export_analytics_csv = AsyncRawResponseMethod(Client.export_analytics_csv)
    get_credits = AsyncRawResponseMethod(Client.get_credits)
    get_current_api_key = AsyncRawResponseMethod(Client.get_current_api_key)
    list_api_keys = AsyncRawResponseMethod(Client.list_api_keys)
    create_api_key = AsyncRawResponseMethod(Client.create_api_key)
    get_api_key = AsyncRawResponseMethod(Client.get_api_key)
    delete_api_key = AsyncRawResponseMethod(Client.delete_api_key)
    update_api_key = AsyncRawResponseMethod(Client.update_api_key)
    rotate_api_key = AsyncRawResponseMethod(Client.rotate_api_key)
    invalidate_api_key_cache = AsyncRawResponseMethod(Client.invalidate_api_key_cache)
    get_workspace_sso = AsyncRawResponseMethod(Client.get_workspace_sso)
    update_workspace_sso = AsyncRawResponseMethod(Client.update_workspace_sso)
    get_workspace_scim = AsyncRawResponseMethod(Client.get_workspace_scim)
    update_workspace_scim = AsyncRawResponseMethod(Client.update_workspace_scim)
    create_workspace_scim_token = AsyncRawResponseMethod(Client.create_workspace_scim_token)
    revoke_workspace_scim_token = AsyncRawResponseMethod(Client.revoke_workspace_scim_token)
    list_workspace_scim_audit_events = AsyncRawResponseMethod(
        Client.list_workspace_scim_audit_events
    )
    get_workspace_directory = AsyncRawResponseMethod(Client.get_workspace_directory)
    update_workspace_directory_member = AsyncRawResponseMethod(
        Client.update_workspace_directory_member
    )
    list_workspace_departments = AsyncRawResponseMethod(Client.list_workspace_departments)
    create_workspace_department = AsyncRawResponseMethod(Client.create_workspace_department)
    delete_workspace_department = AsyncRawResponseMethod(Client.delete_workspace_department)
    update_workspace_department = AsyncRawResponseMethod(Client.update_workspace_department)
    set_workspace_department_member = AsyncRawResponseMethod(Client.set_workspace_department_member)
    delete_workspace_department_member = AsyncRawResponseMethod(
        Client.delete_workspace_department_member
    )
    list_workspace_group_mappings = AsyncRawResponseMethod(Client.list_workspace_group_mappings)
    create_workspace_group_mapping = AsyncRawResponseMethod(Client.create_workspace_group_mapping)
    delete_workspace_group_mapping = AsyncRawResponseMethod(Client.delete_workspace_group_mapping)
    update_workspace_group_mapping = AsyncRawResponseMethod(Client.update_workspace_group_mapping)
    get_workspace_notification_settings = AsyncRawResponseMethod(
        Client.get_workspace_notification_settings
    )
    update_workspace_notification_settings = AsyncRawResponseMethod(
        Client.update_workspace_notification_settings
    )
    list_workspace_apps = AsyncRawResponseMethod(Client.list_workspace_apps)
    update_workspace_app = AsyncRawResponseMethod(Client.update_workspace_app)
    merge_workspace_app = AsyncRawResponseMethod(Client.merge_workspace_app)
    list_gateway_request_logs = AsyncRawResponseMethod(Client.list_gateway_request_logs)
    get_gateway_request_log = AsyncRawResponseMethod(Client.get_gateway_request_log)
    list_gateway_feedback = AsyncRawResponseMethod(Client.list_gateway_feedback)
    create_gateway_feedback = AsyncRawResponseMethod(Client.create_gateway_feedback)
    summarize_gateway_feedback = AsyncRawResponseMethod(Client.summarize_gateway_feedback)
    list_gateway_observability_events = AsyncRawResponseMethod(
        Client.list_gateway_observability_events
    )
    create_gateway_observability_event = AsyncRawResponseMethod(
        Client.create_gateway_observability_event
    )
    list_preset_test_runs = AsyncRawResponseMethod(Client.list_preset_test_runs)
    create_preset_test_run = AsyncRawResponseMethod(Client.create_preset_test_run)
    get_preset_test_run = AsyncRawResponseMethod(Client.get_preset_test_run)
    update_preset_test_run = AsyncRawResponseMethod(Client.update_preset_test_run)
    list_provider_credentials = AsyncRawResponseMethod(Client.list_provider_credentials)
    create_provider_credential = AsyncRawResponseMethod(Client.create_provider_credential)
    reorder_provider_credentials = AsyncRawResponseMethod(Client.reorder_provider_credentials)
    get_provider_credential = AsyncRawResponseMethod(Client.get_provider_credential)
    delete_provider_credential = AsyncRawResponseMethod(Client.delete_provider_credential)
    update_provider_credential = AsyncRawResponseMethod(Client.update_provider_credential)
    list_workspace_budgets = AsyncRawResponseMethod(Client.list_workspace_budgets)
    create_workspace_budget = AsyncRawResponseMethod(Client.create_workspace_budget)
    get_workspace_budget = AsyncRawResponseMethod(Client.get_workspace_budget)
    delete_workspace_budget = AsyncRawResponseMethod(Client.delete_workspace_budget)
    update_workspace_budget = AsyncRawResponseMethod(Client.update_workspace_budget)
    list_workspace_notification_destinations = AsyncRawResponseMethod(
        Client.list_workspace_notification_destinations
    )
    create_workspace_notification_destination = AsyncRawResponseMethod(
        Client.create_workspace_notification_destination
    )
    delete_workspace_notification_destination = AsyncRawResponseMethod(
        Client.delete_workspace_notification_destination
    )
    test_workspace_notification_destination_config = AsyncRawResponseMethod(
        Client.test_workspace_notification_destination_config
    )
    test_workspace_notification_destination = AsyncRawResponseMethod(
        Client.test_workspace_notification_destination
    )
    list_workspace_notification_routes = AsyncRawResponseMethod(
        Client.list_workspace_notification_routes
    )
    update_workspace_notification_route = AsyncRawResponseMethod(
        Client.update_workspace_notification_route
    )
    get_data_contribution_settings = AsyncRawResponseMethod(Client.get_data_contribution_settings)
    update_data_contribution_consent = AsyncRawResponseMethod(
        Client.update_data_contribution_consent
    )
    create_data_contribution_classifier = AsyncRawResponseMethod(
        Client.create_data_contribution_classifier
    )
    delete_data_contribution_classifier = AsyncRawResponseMethod(
        Client.delete_data_contribution_classifier
    )
    update_data_contribution_classifier = AsyncRawResponseMethod(
        Client.update_data_contribution_classifier
    )
    list_oauth_clients = AsyncRawResponseMethod(Client.list_oauth_clients)
    create_oauth_client = AsyncRawResponseMethod(Client.create_oauth_client)
    get_oauth_client = AsyncRawResponseMethod(Client.get_oauth_client)
    delete_oauth_client = AsyncRawResponseMethod(Client.delete_oauth_client)
    update_oauth_client = AsyncRawResponseMethod(Client.update_oauth_client)
    regenerate_oauth_client_secret = AsyncRawResponseMethod(Client.regenerate_oauth_client_secret)
    list_webhook_endpoints = AsyncRawResponseMethod(Client.list_webhook_endpoints)
    create_webhook_endpoint = AsyncRawResponseMethod(Client.create_webhook_endpoint)
    get_webhook_endpoint = AsyncRawResponseMethod(Client.get_webhook_endpoint)
    delete_webhook_endpoint = AsyncRawResponseMethod(Client.delete_webhook_endpoint)
    update_webhook_endpoint = AsyncRawResponseMethod(Client.update_webhook_endpoint)
    rotate_webhook_endpoint_secret = AsyncRawResponseMethod(Client.rotate_webhook_endpoint_secret)
    list_guardrails = AsyncRawResponseMethod(Client.list_guardrails)
    create_guardrail = AsyncRawResponseMethod(Client.create_guardrail)
    get_guardrail = AsyncRawResponseMethod(Client.get_guardrail)
    delete_guardrail = AsyncRawResponseMethod(Client.delete_guardrail)
    update_guardrail = AsyncRawResponseMethod(Client.update_guardrail)
    list_guardrail_keys = AsyncRawResponseMethod(Client.list_guardrail_keys)
    replace_guardrail_keys = AsyncRawResponseMethod(Client.replace_guardrail_keys)
    add_guardrail_keys = AsyncRawResponseMethod(Client.add_guardrail_keys)
    remove_guardrail_keys = AsyncRawResponseMethod(Client.remove_guardrail_keys)
    list_guardrail_members = AsyncRawResponseMethod(Client.list_guardrail_members)
    add_guardrail_members = AsyncRawResponseMethod(Client.add_guardrail_members)
    remove_guardrail_members = AsyncRawResponseMethod(Client.remove_guardrail_members)
    list_management_keys = AsyncRawResponseMethod(Client.list_management_keys)
    create_management_key = AsyncRawResponseMethod(Client.create_management_key)
    get_management_key = AsyncRawResponseMethod(Client.get_management_key)
    delete_management_key = AsyncRawResponseMethod(Client.delete_management_key)
    update_management_key = AsyncRawResponseMethod(Client.update_management_key)
    get_activity = AsyncRawResponseMethod(Client.get_activity)
    list_workspace_audit_events = AsyncRawResponseMethod(Client.list_workspace_audit_events)
    list_workspaces = AsyncRawResponseMethod(Client.list_workspaces)
    create_workspace = AsyncRawResponseMethod(Client.create_workspace)
    get_workspace = AsyncRawResponseMethod(Client.get_workspace)
    delete_workspace = AsyncRawResponseMethod(Client.delete_workspace)
    update_workspace = AsyncRawResponseMethod(Client.update_workspace)
    list_workspace_members = AsyncRawResponseMethod(Client.list_workspace_members)
    add_workspace_members = AsyncRawResponseMethod(Client.add_workspace_members)
    remove_workspace_members = AsyncRawResponseMethod(Client.remove_workspace_members)
    update_workspace_member_role = AsyncRawResponseMethod(Client.update_workspace_member_role)
    list_workspace_invites = AsyncRawResponseMethod(Client.list_workspace_invites)
    create_workspace_invite = AsyncRawResponseMethod(Client.create_workspace_invite)
    delete_workspace_invite = AsyncRawResponseMethod(Client.delete_workspace_invite)
    list_workspace_join_requests = AsyncRawResponseMethod(Client.list_workspace_join_requests)
    approve_workspace_join_request = AsyncRawResponseMethod(Client.approve_workspace_join_request)
    reject_workspace_join_request = AsyncRawResponseMethod(Client.reject_workspace_join_request)
    get_observability_logging_policy = AsyncRawResponseMethod(
        Client.get_observability_logging_policy
    )
    update_observability_logging_policy = AsyncRawResponseMethod(
        Client.update_observability_logging_policy
    )
    list_observability_destinations = AsyncRawResponseMethod(Client.list_observability_destinations)
    create_observability_destination = AsyncRawResponseMethod(
        Client.create_observability_destination
    )
    get_observability_destination = AsyncRawResponseMethod(Client.get_observability_destination)
    delete_observability_destination = AsyncRawResponseMethod(
        Client.delete_observability_destination
    )
    update_observability_destination = AsyncRawResponseMethod(
        Client.update_observability_destination
    )
    list_organisations = AsyncRawResponseMethod(Client.list_organisations)
    list_pricing_models = AsyncRawResponseMethod(Client.list_pricing_models)
    calculate_pricing = AsyncRawResponseMethod(Client.calculate_pricing)
    get_provider_derank_status = AsyncRawResponseMethod(Client.get_provider_derank_status)
    get_health = AsyncRawResponseMethod(Client.get_health)
    generate_music_alias = AsyncRawResponseMethod(Client.generate_music_alias)
    get_music_generation_alias = AsyncRawResponseMethod(Client.get_music_generation_alias)
    list_data_models = AsyncRawResponseMethod(Client.list_data_models)
    list_presets = AsyncRawResponseMethod(Client.list_presets)
    create_preset = AsyncRawResponseMethod(Client.create_preset)
    get_preset_publisher = AsyncRawResponseMethod(Client.get_preset_publisher)
    update_preset_publisher = AsyncRawResponseMethod(Client.update_preset_publisher)
    get_preset = AsyncRawResponseMethod(Client.get_preset)
    delete_preset = AsyncRawResponseMethod(Client.delete_preset)
    update_preset = AsyncRawResponseMethod(Client.update_preset)
    list_preset_versions = AsyncRawResponseMethod(Client.list_preset_versions)
    publish_preset_version = AsyncRawResponseMethod(Client.publish_preset_version)
    fork_preset = AsyncRawResponseMethod(Client.fork_preset)
    apply_preset_upstream_version = AsyncRawResponseMethod(Client.apply_preset_upstream_version)
    get_workspace_settings = AsyncRawResponseMethod(Client.get_workspace_settings)
    update_workspace_settings = AsyncRawResponseMethod(Client.update_workspace_settings)
    list_dynamic_routes = AsyncRawResponseMethod(Client.list_dynamic_routes)
    create_dynamic_route = AsyncRawResponseMethod(Client.create_dynamic_route)
    get_dynamic_route = AsyncRawResponseMethod(Client.get_dynamic_route)
    delete_dynamic_route = AsyncRawResponseMethod(Client.delete_dynamic_route)
    update_dynamic_route = AsyncRawResponseMethod(Client.update_dynamic_route)
    replace_dynamic_route_keys = AsyncRawResponseMethod(Client.replace_dynamic_route_keys)
    deploy_dynamic_route_version = AsyncRawResponseMethod(Client.deploy_dynamic_route_version)
    list_endpoints = AsyncRawResponseMethod(Client.list_endpoints)
