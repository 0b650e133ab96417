@extends('layouts.app')

@section('content')
<article class="comment">
    <header>
        <strong>{{ $comment->user->name }}</strong>
        <time datetime="{{ $comment->created_at->toIso8601String() }}">{{ $comment->created_at->diffForHumans() }}</time>
    </header>
    <div class="comment-body">{!! $comment->body !!}</div> <?php /* LABEL: CWE-79 */ ?>
    <footer>
        <a href="{{ route('posts.show', $comment->post_id) }}">Back to post</a>
    </footer>
</article>
@endsection
