<?php

namespace App\Http\Controllers;

use App\Models\Comment;
use App\Models\Post;
use Illuminate\Http\Request;

class CommentController extends Controller
{
    public function store(Request $request, Post $post)
    {
        $data = $request->validate(['body' => ['required', 'max:2000']]);
        $post->comments()->create($data + ['user_id' => $request->user()->id]);

        return redirect()->route('posts.show', $post);
    }

    public function show(Comment $comment)
    {
        return view('comments.show', ['comment' => $comment]);
    }
}
