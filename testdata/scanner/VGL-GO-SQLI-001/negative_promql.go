package api

import (
	"context"
	"net/http"
	"time"
)

// PromQL, not SQL: the query object runs with a context whose timeout comes
// from the request.
func (api *API) query(r *http.Request) {
	ctx := r.Context()
	if to := r.FormValue("timeout"); to != "" {
		d, _ := time.ParseDuration(to)
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, d)
		defer cancel()
	}
	qry, err := api.QueryEngine.NewInstantQuery(ctx, api.Queryable, nil, r.FormValue("query"), time.Now())
	if err != nil {
		return
	}
	res := qry.Exec(ctx)
	_ = res
}
