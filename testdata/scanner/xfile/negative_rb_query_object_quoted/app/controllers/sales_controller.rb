class SalesController < ApplicationController
  def index
    branch = params[:branch]
    q = QuarterlySalesQuery.new(branch: branch, quarter: params[:quarter].to_i)
    @rows = q.call
  end
end
